package dev.shale.roundtrip;

import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumRef;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;

/** Test helper: makes "the default namespace" explicit so calculated and introspected schemas compare. */
final class Normalize {
    private Normalize() {}

    static SqlSchema withNamespace(SqlSchema s, String defaultNamespace) {
        if (defaultNamespace == null) {
            return s.normalized();
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            List<Column> columns = new ArrayList<>();
            for (Column c : t.columns()) {
                EnumRef e = c.type().enumRef();
                columns.add(e == null ? c : c.withType(new ColumnType(c.type().family(), c.type().nativeType(),
                        new EnumRef(ns(e.namespace(), defaultNamespace), e.name(), e.values()), c.type().unsupported())));
            }
            List<ForeignKey> fks = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                fks.add(new ForeignKey(fk.name(), fk.columns(), ns(fk.referencedNamespace(), defaultNamespace),
                        fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate()));
            }
            tables.add(new Table(ns(t.namespace(), defaultNamespace), t.name(), columns, t.primaryKey(), t.indexes(), fks,
                    t.checks()));
        }
        List<EnumType> enums = new ArrayList<>();
        for (EnumType e : s.enums()) {
            enums.add(new EnumType(ns(e.namespace(), defaultNamespace), e.name(), e.values()));
        }
        return new SqlSchema(s.namespaces(), tables, enums, s.sequences(), s.views(), s.extensions(), s.opaque()).normalized();
    }

    private static String ns(String namespace, String defaultNamespace) {
        return namespace == null ? defaultNamespace : namespace;
    }
}
