package dev.shale.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a {@code migration.sql}: Shale directives on the first lines (where the runner reads
 * them), then blocks separated by blank lines, each a comment and statements, or a block the differ
 * rendered.
 */
final class Script {
    private final List<String> directives = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();
    private StringBuilder block = new StringBuilder();

    Script directive(String directive) {
        directives.add("-- shale:" + directive);
        return this;
    }

    /** A comment line (or several, one per line of {@code text}). */
    Script comment(String text) {
        for (String line : text.split("\n")) {
            block.append(line.isEmpty() ? "--" : "-- " + line).append('\n');
        }
        return this;
    }

    Script statement(String sql) {
        block.append(sql).append(";\n");
        return this;
    }

    Script statements(List<String> sql) {
        sql.forEach(this::statement);
        return this;
    }

    /** Ends the current block: the next one starts after a blank line. */
    Script next() {
        if (block.length() > 0) {
            blocks.add(block.toString());
            block = new StringBuilder();
        }
        return this;
    }

    /** A block as the differ rendered it (ends with a newline). */
    Script rendered(String sql) {
        next();
        if (!sql.isEmpty()) {
            blocks.add(sql.endsWith("\n") ? sql : sql + "\n");
        }
        return this;
    }

    boolean isEmpty() {
        return blocks.isEmpty() && block.length() == 0;
    }

    String build() {
        next();
        StringBuilder sb = new StringBuilder();
        directives.forEach(d -> sb.append(d).append('\n'));
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0 || !directives.isEmpty()) {
                sb.append('\n');
            }
            sb.append(blocks.get(i));
        }
        return sb.toString();
    }
}
