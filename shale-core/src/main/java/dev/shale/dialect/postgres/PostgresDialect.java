package dev.shale.dialect.postgres;

import static dev.shale.dialect.Sql.dq;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.dialect.Sql;
import dev.shale.diff.AddForeignKey;
import dev.shale.diff.AlterEnum;
import dev.shale.diff.AlterTable;
import dev.shale.diff.CreateEnum;
import dev.shale.diff.CreateIndex;
import dev.shale.diff.CreateNamespace;
import dev.shale.diff.CreateTable;
import dev.shale.diff.DropEnum;
import dev.shale.diff.DropForeignKey;
import dev.shale.diff.DropIndex;
import dev.shale.diff.DropTable;
import dev.shale.diff.MigrationStep;
import dev.shale.diff.RedefineIndex;
import dev.shale.diff.RedefineTables;
import dev.shale.diff.RenameForeignKey;
import dev.shale.diff.RenameIndex;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.Table;
import java.util.List;
import java.util.Locale;

/** PostgreSQL, as Prisma writes it. */
public final class PostgresDialect implements Dialect {
    private final DialectCapabilities capabilities;
    private final PostgresNames names;
    private final PostgresTypes types;

    /** @param defaultNamespace the schema of the connection ({@code public} unless the URL says {@code ?schema=}) */
    public PostgresDialect(String defaultNamespace) {
        this(defaultNamespace, false);
    }

    private PostgresDialect(String defaultNamespace, boolean qualifyDefault) {
        this.capabilities = DialectCapabilities.postgres(defaultNamespace);
        this.names = new PostgresNames(defaultNamespace, qualifyDefault);
        this.types = new PostgresTypes(names);
    }

    /**
     * The dialect that writes the default schema in too ({@code "public"."User"}), as {@code migrate diff}
     * does when its target is not a schema file (an empty database, a live one, a migrations folder).
     */
    public static PostgresDialect qualifyingDefaultSchema(String defaultNamespace) {
        return new PostgresDialect(defaultNamespace, true);
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    public DialectCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String columnType(dev.shale.sql.Column column) {
        return types.columnType(column);
    }

    @Override
    public List<String> statements(MigrationStep step) {
        return step.accept(new Renderer());
    }

    String createTable(Table table, String tableName) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(tableName).append(" (\n");
        sb.append(Sql.join(table.columns(), ",\n", types::columnDefinition));
        if (table.primaryKey() != null) {
            sb.append(",\n\n").append(Sql.INDENT).append("CONSTRAINT ").append(dq(table.primaryKey().name()))
                    .append(" PRIMARY KEY (").append(Sql.join(table.primaryKey().columnNames(), ",", Sql::dq)).append(')');
        }
        return sb.append("\n)").toString();
    }

    String createIndex(Table table, Index index) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (index.isUnique()) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ").append(dq(index.name())).append(" ON ").append(names.qualified(table.namespace(), table.name()));
        if (index.algorithm() != null && !index.algorithm().equalsIgnoreCase("BTree")) {
            sb.append(" USING ").append(index.algorithm().toUpperCase(Locale.ROOT)).append(' ');
        }
        sb.append('(').append(Sql.join(index.columns(), ", ", PostgresDialect::indexColumn)).append(')');
        if (index.predicate() != null) {
            sb.append(" WHERE (").append(index.predicate()).append(')');
        }
        return sb.toString();
    }

    private static String indexColumn(IndexColumn c) {
        StringBuilder sb = new StringBuilder(dq(c.column()));
        if (c.operatorClass() != null) {
            sb.append(' ').append(c.operatorClass());
        }
        if (c.sortOrder() != null) {
            sb.append(' ').append(c.sortOrder().name());
        }
        return sb.toString();
    }

    String addForeignKey(Table table, ForeignKey fk) {
        StringBuilder sb = new StringBuilder("ALTER TABLE ").append(names.qualified(table.namespace(), table.name()))
                .append(" ADD ");
        if (fk.name() != null) {
            sb.append("CONSTRAINT ").append(dq(fk.name())).append(' ');
        }
        return sb.append("FOREIGN KEY (").append(Sql.join(fk.columns(), ", ", Sql::dq)).append(") REFERENCES ")
                .append(names.qualified(fk.referencedNamespace(), fk.referencedTable()))
                .append('(').append(Sql.join(fk.referencedColumns(), ", ", Sql::dq)).append(')')
                .append(" ON DELETE ").append(fk.onDelete().sql())
                .append(" ON UPDATE ").append(fk.onUpdate().sql())
                .toString();
    }

    String dropIndex(Table table, Index index) {
        return "DROP INDEX " + names.qualified(table.namespace(), index.name());
    }

    private final class Renderer implements MigrationStep.Visitor<List<String>> {
        @Override
        public List<String> createNamespace(CreateNamespace s) {
            return List.of("CREATE SCHEMA IF NOT EXISTS " + dq(s.name()));
        }

        @Override
        public List<String> createEnum(CreateEnum s) {
            return List.of("CREATE TYPE " + names.qualified(s.type().namespace(), s.type().name()) + " AS ENUM ("
                    + Sql.join(s.type().values(), ", ", Sql::stringLiteral) + ")");
        }

        @Override
        public List<String> alterEnum(AlterEnum s) {
            return new PostgresAlterEnum(names, types).render(s);
        }

        @Override
        public List<String> dropEnum(DropEnum s) {
            return List.of("DROP TYPE " + names.qualified(s.type().namespace(), s.type().name()));
        }

        @Override
        public List<String> createTable(CreateTable s) {
            return List.of(PostgresDialect.this.createTable(s.table(), names.qualified(s.table().namespace(), s.table().name())));
        }

        @Override
        public List<String> dropTable(DropTable s) {
            return List.of("DROP TABLE " + names.qualified(s.table().namespace(), s.table().name()));
        }

        @Override
        public List<String> alterTable(AlterTable s) {
            return new PostgresAlterTable(names, types).render(s);
        }

        @Override
        public List<String> redefineTables(RedefineTables s) {
            throw new IllegalStateException("PostgreSQL changes tables in place; it never redefines them");
        }

        @Override
        public List<String> createIndex(CreateIndex s) {
            return List.of(PostgresDialect.this.createIndex(s.table(), s.index()));
        }

        @Override
        public List<String> dropIndex(DropIndex s) {
            return List.of(PostgresDialect.this.dropIndex(s.table(), s.index()));
        }

        @Override
        public List<String> renameIndex(RenameIndex s) {
            // The new name is not qualified: PostgreSQL keeps the index in its schema.
            return List.of("ALTER INDEX " + names.qualified(s.table().namespace(), s.from().name()) + " RENAME TO "
                    + dq(s.to().name()));
        }

        @Override
        public List<String> redefineIndex(RedefineIndex s) {
            return List.of(PostgresDialect.this.dropIndex(s.fromTable(), s.from()),
                    PostgresDialect.this.createIndex(s.toTable(), s.to()));
        }

        @Override
        public List<String> addForeignKey(AddForeignKey s) {
            return List.of(PostgresDialect.this.addForeignKey(s.table(), s.foreignKey()));
        }

        @Override
        public List<String> dropForeignKey(DropForeignKey s) {
            return List.of("ALTER TABLE " + names.qualified(s.table().namespace(), s.table().name())
                    + " DROP CONSTRAINT " + dq(s.foreignKey().name()));
        }

        @Override
        public List<String> renameForeignKey(RenameForeignKey s) {
            return List.of("ALTER TABLE " + names.qualified(s.table().namespace(), s.table().name())
                    + " RENAME CONSTRAINT " + dq(s.from().name()) + " TO " + dq(s.to().name()));
        }
    }
}
