package dev.shale.dialect.sqlite;

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
import dev.shale.diff.TableChange;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite, as Prisma writes it. Foreign keys live inside CREATE TABLE; every change ALTER TABLE
 * cannot make redefines the table ({@link SqliteRedefine}).
 */
public final class SqliteDialect implements Dialect {
    private final DialectCapabilities capabilities = DialectCapabilities.sqlite();

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }

    @Override
    public DialectCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> statements(MigrationStep step) {
        return step.accept(new Renderer());
    }

    static String createIndex(String tableName, Index index) {
        String create = "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + dq(index.name()) + " ON "
                + dq(tableName) + "(" + Sql.join(index.columns(), ", ", SqliteDialect::indexColumn) + ")"
                + (index.predicate() == null ? "" : " WHERE " + index.predicate());
        // SQLite reserves the sqlite_ prefix; writing such an index needs the schema to be writable.
        if (index.name().startsWith("sqlite_")) {
            return "Pragma writable_schema=1;\n" + create + ";\nPragma writable_schema=0";
        }
        return create;
    }

    private static String indexColumn(IndexColumn c) {
        return dq(c.column()) + (c.sortOrder() == null ? "" : " " + c.sortOrder().name());
    }

    private static IllegalStateException unsupported(String what) {
        return new IllegalStateException(what + " does not exist on SQLite; the differ never asks for it");
    }

    private static final class Renderer implements MigrationStep.Visitor<List<String>> {
        @Override
        public List<String> createNamespace(CreateNamespace s) {
            throw unsupported("CREATE SCHEMA");
        }

        @Override
        public List<String> createEnum(CreateEnum s) {
            throw unsupported("CREATE TYPE");
        }

        @Override
        public List<String> alterEnum(AlterEnum s) {
            throw unsupported("ALTER TYPE");
        }

        @Override
        public List<String> dropEnum(DropEnum s) {
            throw unsupported("DROP TYPE");
        }

        @Override
        public List<String> createTable(CreateTable s) {
            return List.of(SqliteTables.createTable(s.table(), s.table().name()));
        }

        @Override
        public List<String> dropTable(DropTable s) {
            // Foreign key enforcement is off while dropping, so tables that reference each other can go in any order.
            return List.of("PRAGMA foreign_keys=off", "DROP TABLE " + dq(s.table().name()), "PRAGMA foreign_keys=on");
        }

        @Override
        public List<String> alterTable(AlterTable s) {
            List<String> out = new ArrayList<>();
            for (TableChange change : s.changes()) {
                if (change instanceof TableChange.AddColumn a) {
                    out.add("ALTER TABLE " + dq(s.from().name()) + " ADD COLUMN " + SqliteTables.column(s.to(), a.column()));
                } else {
                    throw unsupported("ALTER TABLE other than ADD COLUMN");
                }
            }
            return out;
        }

        @Override
        public List<String> redefineTables(RedefineTables s) {
            return SqliteRedefine.render(s);
        }

        @Override
        public List<String> createIndex(CreateIndex s) {
            return List.of(SqliteDialect.createIndex(s.table().name(), s.index()));
        }

        @Override
        public List<String> dropIndex(DropIndex s) {
            return List.of("DROP INDEX " + dq(s.index().name()));
        }

        @Override
        public List<String> renameIndex(RenameIndex s) {
            throw unsupported("ALTER INDEX ... RENAME");
        }

        @Override
        public List<String> redefineIndex(RedefineIndex s) {
            return List.of("DROP INDEX " + dq(s.from().name()), SqliteDialect.createIndex(s.toTable().name(), s.to()));
        }

        @Override
        public List<String> addForeignKey(AddForeignKey s) {
            throw unsupported("ALTER TABLE ... ADD FOREIGN KEY");
        }

        @Override
        public List<String> dropForeignKey(DropForeignKey s) {
            throw unsupported("ALTER TABLE ... DROP FOREIGN KEY");
        }

        @Override
        public List<String> renameForeignKey(RenameForeignKey s) {
            throw unsupported("ALTER TABLE ... RENAME CONSTRAINT");
        }
    }
}
