package dev.shale.pull;

import dev.shale.sql.Column;
import java.util.List;

/**
 * A view as introspection renders it: its name, columns (views have no keys) and SQL definition.
 *
 * @param name the view name
 * @param columns the columns in order, typed as table columns are
 * @param definition the query, as the database prints it, or {@code null}
 */
public record ViewShape(String name, List<Column> columns, String definition) {

    public ViewShape {
        columns = List.copyOf(columns);
    }
}
