package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Sql;
import dev.shale.sql.Column;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL: CONCURRENTLY, NOT VALID + VALIDATE, the NOT NULL check that lets SET NOT NULL skip its
 * scan, and backfills as one {@code DO} block that walks the primary key in batches and commits
 * after each (transaction control in {@code DO} needs PostgreSQL 11 and a statement run on its own,
 * which is why a backfill migration holds that one statement).
 */
final class PostgresPhaseSql implements PhaseSql {
    private final String defaultNamespace;

    PostgresPhaseSql(String defaultNamespace) {
        this.defaultNamespace = defaultNamespace;
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    public String quote(String identifier) {
        return Sql.dq(identifier);
    }

    @Override
    public String table(Table table) {
        if (table.namespace() == null || table.namespace().equals(defaultNamespace)) {
            return quote(table.name());
        }
        return quote(table.namespace()) + "." + quote(table.name());
    }

    @Override
    public List<String> timeouts(boolean inTransaction, String lockTimeout, String statementTimeout) {
        String set = inTransaction ? "SET LOCAL " : "SET ";
        return List.of(set + "lock_timeout = " + Sql.stringLiteral(lockTimeout),
                set + "statement_timeout = " + Sql.stringLiteral(statementTimeout));
    }

    @Override
    public boolean concurrentIndexes() {
        return true;
    }

    @Override
    public boolean unvalidatedConstraints() {
        return true;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String createIndexOnline(String createIndex) {
        return createIndex.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ");
    }

    @Override
    public String addForeignKeyUnvalidated(String addForeignKey) {
        return addForeignKey + " NOT VALID";
    }

    @Override
    public String validateConstraint(Table table, String constraint) {
        return "ALTER TABLE " + table(table) + " VALIDATE CONSTRAINT " + quote(constraint);
    }


    @Override
    public List<String> backfillMigration(List<Backfill> backfills, int batchSize) {
        StringBuilder sb = new StringBuilder("DO $$\nBEGIN\n");
        for (Backfill b : backfills) {
            sb.append(loop(b, batchSize));
        }
        return List.of(sb.append("END $$").toString());
    }

    /**
     * One keyset loop: each batch takes the next {@code batchSize} keys after the last one done,
     * updates those rows and commits, so locks are short and a crash loses at most one batch. Walking
     * the key (not "the first N rows still NULL") keeps every batch an index range scan.
     */
    private String loop(Backfill b, int batchSize) {
        List<String> keys = keys(b);
        String t = table(b.table());
        StringBuilder sb = new StringBuilder();
        sb.append("  -- ").append(Names.column(b.table(), b.target())).append(": ").append(b.why()).append('\n');
        sb.append("  DECLARE\n");
        for (int i = 0; i < keys.size(); i++) {
            String type = b.keyColumns().isEmpty() ? "tid" : t + "." + keys.get(i) + "%TYPE";
            sb.append("    last_").append(i + 1).append(' ').append(type).append(";\n");
        }
        sb.append("  BEGIN\n    LOOP\n      WITH batch AS (\n        SELECT ");
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(keys.get(i)).append(" AS k").append(i + 1);
        }
        sb.append(" FROM ").append(t).append('\n');
        sb.append("        WHERE ").append(rowsToFill(b)).append('\n');
        sb.append("          AND (last_1 IS NULL OR ").append(row(keys)).append(" > ").append(row(vars(keys.size(), "last_")))
                .append(")\n");
        sb.append("        ORDER BY ").append(String.join(", ", keys)).append('\n');
        sb.append("        LIMIT ").append(batchSize).append('\n');
        sb.append("      ), changed AS (\n");
        sb.append("        UPDATE ").append(t).append(" SET ").append(quote(b.target())).append(" = ").append(b.expression())
                .append('\n');
        sb.append("        FROM batch WHERE ");
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i > 0 ? " AND " : "").append(t).append('.').append(keys.get(i)).append(" = batch.k").append(i + 1);
        }
        sb.append("\n      )\n");
        sb.append("      SELECT ").append(String.join(", ", vars(keys.size(), "k"))).append(" INTO ")
                .append(String.join(", ", vars(keys.size(), "last_"))).append(" FROM batch ORDER BY ");
        List<String> desc = new ArrayList<>();
        for (String k : vars(keys.size(), "k")) {
            desc.add(k + " DESC");
        }
        sb.append(String.join(", ", desc)).append(" LIMIT 1;\n");
        sb.append("      EXIT WHEN NOT FOUND;\n      COMMIT;\n    END LOOP;\n  END;\n");
        return sb.toString();
    }

    @Override
    public String backfillBatch(Backfill b, int batchSize) {
        String t = table(b.table());
        List<String> keys = keys(b);
        String select = "SELECT " + String.join(", ", keys) + " FROM " + t + " WHERE " + rowsToFill(b) + " LIMIT " + batchSize;
        String where = b.keyColumns().isEmpty() ? "ctid = ANY (ARRAY(" + select + "))" : row(keys) + " IN (" + select + ")";
        return "UPDATE " + t + " SET " + quote(b.target()) + " = " + b.expression() + "\nWHERE " + where;
    }


    @Override
    public String conversion(Column from, Column to, String toType) {
        return "CAST(" + quote(from.name()) + " AS " + toType + ")";
    }

    @Override
    public List<String> setNotNullWithoutScanLock(Table table, String column, String checkName) {
        String t = "ALTER TABLE " + table(table);
        return List.of(t + " ADD CONSTRAINT " + quote(checkName) + " CHECK (" + quote(column) + " IS NOT NULL) NOT VALID",
                t + " VALIDATE CONSTRAINT " + quote(checkName),
                t + " ALTER COLUMN " + quote(column) + " SET NOT NULL",
                t + " DROP CONSTRAINT " + quote(checkName));
    }

    @Override
    public String enumValuesGuard(Change.EnumValuesRemoved change) {
        StringBuilder sb = new StringBuilder("DO $$\nBEGIN\n");
        String values = Sql.join(change.removed(), ", ", Sql::stringLiteral);
        for (Change.EnumValuesRemoved.UsedBy used : change.columns()) {
            String col = Names.column(used.table(), used.column().name());
            sb.append("  IF EXISTS (SELECT 1 FROM ").append(table(used.table())).append(" WHERE ")
                    .append(quote(used.column().name())).append("::text IN (").append(values).append(")) THEN\n")
                    .append("    RAISE EXCEPTION ").append(Sql.stringLiteral("rows of " + col + " still hold "
                            + String.join(", ", change.removed()) + ": move them to another value first (see README.md)"))
                    .append(";\n  END IF;\n");
        }
        return sb.append("END $$").toString();
    }


    private List<String> keys(Backfill b) {
        return b.keyColumns().isEmpty() ? List.of("ctid") : b.keyColumns().stream().map(this::quote).toList();
    }

    private static String row(List<String> items) {
        return items.size() == 1 ? items.get(0) : "(" + String.join(", ", items) + ")";
    }

    private static List<String> vars(int n, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(prefix + i);
        }
        return out;
    }
}
