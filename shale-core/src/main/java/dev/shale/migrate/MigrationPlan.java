package dev.shale.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A migration ready to run: its statements, its header directives and whether it runs inside one
 * transaction. It runs outside one when the database cannot roll back DDL (MySQL, MariaDB), when the
 * header says {@code -- shale:no-transaction}, or when the script manages transactions itself
 * ({@code BEGIN}/{@code COMMIT} statements, which Prisma runs as written).
 */
public record MigrationPlan(Migration migration, List<SqlStatement> statements, MigrationDirectives directives, boolean transactional) {
    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "START", "COMMIT", "ROLLBACK", "END");

    public MigrationPlan {
        statements = List.copyOf(statements);
    }

    /** Splits and reads the header of {@code migration} for {@code db}; a bad header fails here, before anything runs. */
    public static MigrationPlan of(Migration migration, DatabaseSupport db) {
        MigrationDirectives directives = migration.directives();
        List<SqlStatement> statements = SqlScriptSplitter.split(migration.script(), db.kind());
        boolean transactional = db.transactionalDdl() && !directives.noTransaction() && !controlsTransactions(statements);
        return new MigrationPlan(migration, statements, directives, transactional);
    }

    private static boolean controlsTransactions(List<SqlStatement> statements) {
        for (SqlStatement s : statements) {
            String sql = s.sql();
            int end = 0;
            while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
                end++;
            }
            String first = sql.substring(0, end).toUpperCase(Locale.ROOT);
            if (TRANSACTION_CONTROL.contains(first) && !sql.toUpperCase(Locale.ROOT).startsWith("BEGIN ATOMIC")) {
                return true;
            }
        }
        return false;
    }
}
