package dev.shale.dialect.sqlite;

import static dev.shale.dialect.Sql.dq;

import dev.shale.dialect.Sql;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;

/** SQLite CREATE TABLE, columns, types and defaults. */
final class SqliteTables {
    private SqliteTables() {}

    static String createTable(Table table, String name) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(dq(name)).append(" (\n");
        sb.append(Sql.join(table.columns(), ",\n", c -> Sql.INDENT + column(table, c)));
        boolean inlineKey = table.columns().stream().anyMatch(c -> table.isSinglePrimaryKey(c.name()));
        if (table.primaryKey() != null && !inlineKey) {
            sb.append(",\n\n").append(Sql.INDENT).append("PRIMARY KEY (")
                    .append(Sql.join(table.primaryKey().columnNames(), ", ", Sql::dq)).append(')');
        }
        for (ForeignKey fk : table.foreignKeys()) {
            sb.append(",\n").append(Sql.INDENT).append(foreignKey(fk));
        }
        return sb.append("\n)").toString();
    }

    private static String foreignKey(ForeignKey fk) {
        return (fk.name() == null ? "" : "CONSTRAINT " + dq(fk.name()) + " ")
                + "FOREIGN KEY (" + Sql.join(fk.columns(), ", ", Sql::dq) + ") REFERENCES " + dq(fk.referencedTable())
                + " (" + Sql.join(fk.referencedColumns(), ", ", Sql::dq) + ") ON DELETE " + fk.onDelete().sql()
                + " ON UPDATE " + fk.onUpdate().sql();
    }

    /** {@code "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT x}. */
    static String column(Table table, Column c) {
        boolean singleKey = table.isSinglePrimaryKey(c.name());
        StringBuilder sb = new StringBuilder(dq(c.name())).append(' ').append(type(c));
        if (c.arity() != Arity.NULLABLE) {
            sb.append(" NOT NULL");
        }
        if (singleKey) {
            sb.append(" PRIMARY KEY");
        }
        // An INTEGER primary key is SQLite's rowid; Prisma always makes it AUTOINCREMENT.
        if (singleKey && c.type().family() == TypeFamily.INT) {
            sb.append(" AUTOINCREMENT");
        }
        String d = defaultExpression(c.defaultValue());
        if (d != null) {
            sb.append(" DEFAULT ").append(d);
        }
        return sb.toString();
    }

    static String type(Column c) {
        return switch (c.type().family()) {
            case BOOLEAN -> "BOOLEAN";
            case DATETIME -> "DATETIME";
            case FLOAT -> "REAL";
            case DECIMAL -> "DECIMAL";
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case STRING -> "TEXT";
            case BINARY -> "BLOB";
            case JSON -> "JSONB";
            case UNSUPPORTED -> c.type().unsupported();
            case ENUM, UUID -> throw new IllegalStateException("SQLite has no " + c.type().family().label() + " columns");
        };
    }

    /** The DEFAULT expression, or {@code null} when there is none to write. */
    static String defaultExpression(ColumnDefault d) {
        if (d == null) {
            return null;
        }
        DefaultKind kind = d.kind();
        if (kind instanceof DefaultKind.DbGenerated g) {
            return g.expression();
        }
        if (kind instanceof DefaultKind.Now) {
            return "CURRENT_TIMESTAMP";
        }
        if (kind instanceof DefaultKind.SequenceNext) {
            return null;
        }
        Value v = ((DefaultKind.Literal) kind).value();
        if (v instanceof Value.Str s) {
            return Sql.stringLiteral(s.value());
        }
        if (v instanceof Value.EnumValue e) {
            return Sql.stringLiteral(e.value());
        }
        if (v instanceof Value.Bytes b) {
            return "'" + b.hex() + "'";
        }
        if (v instanceof Value.DateTime dt) {
            return "'" + dev.shale.sql.DateTimes.spaced(dt.value()) + "'";
        }
        if (v instanceof Value.Json j) {
            // Prisma writes the JSON bare (`DEFAULT {"a": 1}`), which SQLite rejects; a string literal works.
            return Sql.stringLiteral(j.value());
        }
        if (v instanceof Value.Int i) {
            return Long.toString(i.value());
        }
        if (v instanceof Value.Float f) {
            return f.value().toPlainString();
        }
        if (v instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        }
        throw new IllegalStateException("SQLite cannot write the default " + v);
    }
}
