package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.diff.CreateIndex;
import dev.shale.diff.MigrationStep;
import dev.shale.lint.data.DataAnswer;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.IndexKind;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Indexes on existing tables, one migration each, built without blocking writes: PostgreSQL
 * {@code CREATE INDEX CONCURRENTLY} in a migration marked {@code -- shale:no-transaction} (and
 * alone in its file, so Prisma's runner can apply it too), MySQL online DDL. Also the indexes a
 * type change's new column needs (under a temporary name until the old column is dropped) and the
 * unique index a new primary key is switched onto.
 */
final class IndexStage implements Stage {
    /** An index to build and, after a colon, what it is for (empty for a plain new index). */
    private record Planned(Table table, Index index, String purpose) {}

    @Override
    public void build(PlanContext ctx) {
        List<Planned> planned = new ArrayList<>();
        for (Change.IndexAdded c : ctx.changes(Change.IndexAdded.class)) {
            if (c.index().columnNames().stream().noneMatch(col -> ctx.typeChange(c.table(), col).isPresent())) {
                planned.add(new Planned(c.table(), c.index(), ""));
            }
        }
        for (Change.ColumnTypeChanged t : ctx.changes(Change.ColumnTypeChanged.class)) {
            for (Index index : t.toTable().indexes()) {
                if (index.columnNames().contains(t.from().name()) && !planned.stream().anyMatch(p -> p.index().equals(index))) {
                    String temporary = Names.identifier(ctx.dialect.capabilities().maxIdentifierLength(), index.name(), "new");
                    Index onNew = renamedColumns(ctx, t.table(), index, temporary);
                    planned.add(new Planned(t.table(), onNew, "the index " + Names.quote(index.name()) + " of the new column, "
                            + "renamed to that when the old column and its index are dropped"));
                    ctx.temporaryIndex(t.table(), temporary, index.name());
                }
            }
        }
        if (ctx.sql.unvalidatedConstraints()) {
            for (Change.PrimaryKeyChanged p : ctx.changes(Change.PrimaryKeyChanged.class)) {
                String name = Names.identifier(ctx.dialect.capabilities().maxIdentifierLength(),
                        p.toTable().primaryKey().name(), "new");
                planned.add(new Planned(p.table(), new Index(name, IndexKind.UNIQUE, p.toTable().primaryKey().columns(), null,
                        null), "the unique index the new primary key is switched onto"));
            }
        }
        for (Planned p : planned) {
            add(ctx, p, "create_index_" + Names.slug(p.index().name()));
        }
    }

    /** The index with the type-changed columns replaced by their new columns. */
    private static Index renamedColumns(PlanContext ctx, Table table, Index index, String name) {
        List<IndexColumn> cols = new ArrayList<>();
        for (IndexColumn c : index.columns()) {
            String column = ctx.typeChange(table, c.column()).map(ctx::newColumn).orElse(c.column());
            cols.add(new IndexColumn(column, c.sortOrder(), c.length(), c.operatorClass()));
        }
        return new Index(name, index.kind(), cols, index.algorithm(), index.predicate());
    }

    private static void add(PlanContext ctx, Planned p, String phase) {
        SqlSchema next = ctx.edit().addIndex(p.table(), p.index()).build();
        List<MigrationStep> steps = ctx.diff(ctx.state(), next);
        Script script = new Script();
        String what = "Builds " + (p.index().isUnique() ? "the unique index " : "the index ") + Names.quote(p.index().name())
                + " on " + Names.quote(p.table().name()) + " (" + String.join(", ", p.index().columnNames()) + ")"
                + (p.purpose().isEmpty() ? "" : ": " + p.purpose());
        if (ctx.kind() == DatabaseKind.POSTGRESQL) {
            script.directive("no-transaction");
            script.comment(what + ",\nwithout blocking writes. CONCURRENTLY cannot run inside a transaction, so this migration "
                    + "holds only this statement.");
        } else if (ctx.kind() == DatabaseKind.MYSQL) {
            script.comment(what + ",\nwith online DDL: ALGORITHM=INPLACE, LOCK=NONE makes the statement fail rather than "
                    + "block writes.");
            script.statements(ctx.timeouts(false, false));
        } else {
            script.comment(what + ".\nSQLite cannot build an index without blocking writers: deploy at a quiet time.");
        }
        for (MigrationStep step : steps) {
            for (String statement : ctx.dialect.statements(step)) {
                script.statement(step instanceof CreateIndex ? ctx.sql.createIndexOnline(statement) : statement);
            }
        }
        Readme.Builder r = new Readme.Builder("Index: build " + Names.quote(p.index().name()) + " without blocking writes");
        r.what(what + ".");
        switch (ctx.kind()) {
            case POSTGRESQL -> r.what("`CREATE INDEX CONCURRENTLY` reads the table twice and waits for running transactions, "
                    + "but lets reads and writes go on. It cannot run in a transaction: the file's first line "
                    + "`-- shale:no-transaction` tells Shale's runner, and the file holds this one statement so that "
                    + "Prisma's runner (which sends the file as one query) applies it too.");
            case MYSQL -> r.what("MySQL and MariaDB have no CONCURRENTLY; online DDL (`ALGORITHM=INPLACE, LOCK=NONE`) is the "
                    + "equivalent: reads and writes go on while the index is built, and the statement fails instead of "
                    + "locking when the server cannot build it online.");
            case SQLITE -> r.what("SQLite has no concurrent index build: writers wait while it is built (readers go on in WAL "
                    + "mode). It is kept in a migration of its own so it can be deployed at a quiet time.");
        }
        r.data(ctx.data.sizeNote(p.table()));
        if (p.index().isUnique()) {
            String cols = String.join(", ", p.index().columnNames().stream().map(ctx.sql::quote).toList());
            DataAnswer<Long> dups = ctx.data.duplicates(p.table(), p.index().columnNames());
            if (dups.known() && dups.value() > 0) {
                String text = dups.about() + PlanData.count(dups.value())
                        + (dups.value() == 1 ? " value of (" + cols + ") occurs" : " values of (" + cols + ") occur") + " more than once in `"
                        + p.table().name() + "`: the build fails until they are merged or fixed.";
                r.data("**Duplicates:** " + text);
                ctx.note("`" + p.table().name() + "`: " + text);
            } else if (dups.known()) {
                r.data("No duplicates of (" + cols + ") in `" + p.table().name() + "`" + (dups.how().isEmpty() ? "" : " (" + dups.how() + ")")
                        + ".");
            } else {
                r.data("Duplicates of (" + cols + ") make the build fail; they " + dups.unavailableReason()
                        + ". Find them with:");
                r.data(Readme.sql("SELECT " + cols + ", count(*) FROM " + ctx.sql.table(p.table()) + " GROUP BY " + cols
                        + " HAVING count(*) > 1;"));
            }
        }
        r.deploy("After the migrations before it, at any time: the application is not affected. On a large table the build "
                + "takes a while; the deploy waits for it.");
        r.verify("The index exists" + (ctx.kind() == DatabaseKind.POSTGRESQL ? " and is valid (`indisvalid` is true)" : "") + ":");
        r.verify(Readme.sql(Checks.index(ctx, p.table(), p.index().name())));
        switch (ctx.kind()) {
            case POSTGRESQL -> {
                r.rollback("If the build failed (duplicates, a deadlock, a timeout), PostgreSQL leaves an invalid index behind. "
                        + "Drop it, fix the cause, mark the migration rolled back and deploy again:");
                r.rollback(Readme.sql("DROP INDEX CONCURRENTLY IF EXISTS " + ctx.sql.quote(p.index().name()) + ";"));
            }
            case MYSQL -> r.rollback(Readme.sql("DROP INDEX " + ctx.sql.quote(p.index().name()) + " ON " + ctx.sql.table(p.table())
                    + " ALGORITHM=INPLACE LOCK=NONE;"));
            case SQLITE -> r.rollback(Readme.sql("DROP INDEX " + ctx.sql.quote(p.index().name()) + ";"));
        }
        r.rollback("Then `shale migrate resolve --rolled-back <this folder>`.");
        ctx.add(new PlannedMigration(phase, script.build(), Optional.empty(), r.build()));
        ctx.moveTo(next);
    }
}
