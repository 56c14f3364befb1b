package dev.shale.dialect.mysql;

import static dev.shale.dialect.Sql.bq;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.dialect.Sql;
import dev.shale.diff.AddForeignKey;
import dev.shale.diff.AlterEnum;
import dev.shale.diff.AlterTable;
import dev.shale.diff.ColumnChange;
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
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.IndexKind;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** MySQL and MariaDB, as Prisma writes them. Indexes and enums live inside CREATE TABLE. */
public final class MysqlDialect implements Dialect {
    private final DialectCapabilities capabilities;

    /** @param mariadb MariaDB cannot rename indexes (they are dropped and created instead) */
    public MysqlDialect(boolean mariadb) {
        this.capabilities = DialectCapabilities.mysql(mariadb);
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.MYSQL;
    }

    @Override
    public DialectCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> statements(MigrationStep step) {
        return step.accept(new Renderer());
    }

    static String createTable(Table table) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(bq(table.name())).append(" (\n");
        sb.append(Sql.join(table.columns(), ",\n", c -> Sql.INDENT + MysqlColumns.definition(c)));
        if (!table.indexes().isEmpty() || table.primaryKey() != null) {
            sb.append(",\n\n");
        }
        sb.append(Sql.join(table.indexes(), ",\n", i -> Sql.INDENT + kind(i.kind()) + "INDEX " + bq(i.name()) + "("
                + Sql.join(i.columns(), ", ", MysqlColumns::indexColumn) + ")"));
        if (table.primaryKey() != null) {
            if (!table.indexes().isEmpty()) {
                sb.append(",\n");
            }
            sb.append(Sql.INDENT).append("PRIMARY KEY (")
                    .append(Sql.join(table.primaryKey().columns(), ", ", MysqlColumns::indexColumn)).append(')');
        }
        return sb.append("\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci").toString();
    }

    private static String kind(IndexKind kind) {
        return switch (kind) {
            case NORMAL -> "";
            case UNIQUE -> "UNIQUE ";
            case FULLTEXT -> "FULLTEXT ";
        };
    }

    static String createIndex(Table table, Index index) {
        return "CREATE " + kind(index.kind()) + "INDEX " + bq(index.name()) + " ON " + bq(table.name()) + "("
                + Sql.join(index.columns(), ", ", MysqlColumns::indexColumn) + ")";
    }

    static String dropIndex(Table table, Index index) {
        return "DROP INDEX " + bq(index.name()) + " ON " + bq(table.name());
    }

    static String addForeignKey(Table table, ForeignKey fk) {
        return "ALTER TABLE " + bq(table.name()) + " ADD " + (fk.name() == null ? "" : "CONSTRAINT " + bq(fk.name()) + " ")
                + "FOREIGN KEY (" + Sql.join(fk.columns(), ", ", Sql::bq) + ") REFERENCES " + bq(fk.referencedTable())
                + "(" + Sql.join(fk.referencedColumns(), ", ", Sql::bq) + ") ON DELETE " + fk.onDelete().sql()
                + " ON UPDATE " + fk.onUpdate().sql();
    }

    /** ALTER TABLE with all clauses in one statement, separated by {@code ",\n    "}. */
    static List<String> alterTable(AlterTable step) {
        List<String> lines = new ArrayList<>();
        for (TableChange change : step.changes()) {
            if (change instanceof TableChange.DropPrimaryKey) {
                lines.add("DROP PRIMARY KEY");
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                throw new IllegalStateException("MySQL primary keys have no name to change");
            } else if (change instanceof TableChange.AddPrimaryKey a) {
                lines.add("ADD PRIMARY KEY (" + Sql.join(a.primaryKey().columns(), ", ", MysqlColumns::indexColumn) + ")");
            } else if (change instanceof TableChange.AddColumn a) {
                lines.add("ADD COLUMN " + MysqlColumns.definition(a.column()));
            } else if (change instanceof TableChange.DropColumn d) {
                lines.add("DROP COLUMN " + bq(d.column().name()));
            } else if (change instanceof TableChange.AlterColumn a) {
                lines.add(alterColumn(a));
            } else if (change instanceof TableChange.DropAndRecreateColumn d) {
                lines.add("DROP COLUMN " + bq(d.from().name()));
                lines.add("ADD COLUMN " + MysqlColumns.definition(d.to()));
            }
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of("ALTER TABLE " + bq(step.from().name()) + " " + String.join(",\n    ", lines));
    }

    /** A dropped default is DROP DEFAULT; every other change rewrites the column with MODIFY. */
    private static String alterColumn(TableChange.AlterColumn a) {
        Column next = a.to();
        if (a.changes().equals(Set.of(ColumnChange.DEFAULT)) && next.defaultValue() == null) {
            return "ALTER COLUMN " + bq(a.from().name()) + " DROP DEFAULT";
        }
        ColumnDefault d = next.defaultValue();
        // dbgenerated() without an expression keeps the expression the database already has.
        if (a.from().defaultValue() != null && a.from().defaultValue().kind() instanceof DefaultKind.DbGenerated prev
                && prev.expression() != null && !prev.expression().isEmpty()
                && d != null && d.kind() instanceof DefaultKind.DbGenerated n
                && (n.expression() == null || n.expression().isEmpty())) {
            d = ColumnDefault.dbgenerated(prev.expression());
        }
        String rendered = null;
        if (d != null && !(d.kind() instanceof DefaultKind.DbGenerated g && (g.expression() == null || g.expression().isEmpty()))
                && !(d.kind() instanceof DefaultKind.SequenceNext)) {
            rendered = MysqlColumns.expression(next, d);
        }
        return "MODIFY " + bq(next.name()) + " " + MysqlColumns.type(next) + (next.isRequired() ? " NOT NULL" : " NULL")
                + (rendered == null || rendered.isEmpty() ? "" : " DEFAULT " + rendered)
                + (next.autoincrement() ? " AUTO_INCREMENT" : "");
    }

    private static IllegalStateException unsupported(String what) {
        return new IllegalStateException(what + " does not exist on MySQL; the differ never asks for it");
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
            return List.of(MysqlDialect.createTable(s.table()));
        }

        @Override
        public List<String> dropTable(DropTable s) {
            return List.of("DROP TABLE " + bq(s.table().name()));
        }

        @Override
        public List<String> alterTable(AlterTable s) {
            return MysqlDialect.alterTable(s);
        }

        @Override
        public List<String> redefineTables(RedefineTables s) {
            throw unsupported("table redefinition");
        }

        @Override
        public List<String> createIndex(CreateIndex s) {
            return List.of(MysqlDialect.createIndex(s.table(), s.index()));
        }

        @Override
        public List<String> dropIndex(DropIndex s) {
            return List.of(MysqlDialect.dropIndex(s.table(), s.index()));
        }

        @Override
        public List<String> renameIndex(RenameIndex s) {
            return List.of("ALTER TABLE " + bq(s.table().name()) + " RENAME INDEX " + bq(s.from().name()) + " TO "
                    + bq(s.to().name()));
        }

        @Override
        public List<String> redefineIndex(RedefineIndex s) {
            // Create first: a foreign key may rely on the old index until the new one exists.
            return List.of(MysqlDialect.createIndex(s.toTable(), s.to()), MysqlDialect.dropIndex(s.fromTable(), s.from()));
        }

        @Override
        public List<String> addForeignKey(AddForeignKey s) {
            return List.of(MysqlDialect.addForeignKey(s.table(), s.foreignKey()));
        }

        @Override
        public List<String> dropForeignKey(DropForeignKey s) {
            return List.of("ALTER TABLE " + bq(s.table().name()) + " DROP FOREIGN KEY " + bq(s.foreignKey().name()));
        }

        @Override
        public List<String> renameForeignKey(RenameForeignKey s) {
            throw unsupported("RENAME CONSTRAINT");
        }
    }
}
