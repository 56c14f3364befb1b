package dev.shale.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Index;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built schemas rendered as Prisma renders them (expected texts from Prisma's own test corpus). */
class PostgresRenderTest {
    private static final ColumnType INT = ColumnType.of(TypeFamily.INT, "Integer");
    private static final ColumnType TEXT = ColumnType.of(TypeFamily.STRING, "Text");

    @Test
    void constraintNamesFromEmpty() {
        Table a = new Table(null, "A",
                List.of(Column.required("id", INT), Column.required("name", TEXT), Column.required("a", TEXT),
                        Column.required("b", TEXT)),
                PrimaryKey.of("A_pkey", "id"),
                List.of(Index.unique("A_name_key", "name"), Index.normal("A_a_idx", "a"), Index.unique("A_a_b_key", "a", "b")),
                List.of());
        Table b = new Table(null, "B",
                List.of(Column.required("a", TEXT), Column.required("b", TEXT), Column.required("aId", INT)),
                PrimaryKey.of("B_pkey", "a", "b"), List.of(Index.normal("B_a_b_idx", "a", "b")),
                List.of(new ForeignKey("B_aId_fkey", List.of("aId"), null, "A", List.of("id"), ForeignKeyAction.RESTRICT,
                        ForeignKeyAction.CASCADE)));
        SqlSchema to = SqlSchema.of(List.of("public"), List.of(a, b), List.of());
        Dialect pg = Dialect.forKind(DatabaseKind.POSTGRESQL);
        List<MigrationStep> steps = Differ.diff(SqlSchema.empty(), to, pg.capabilities());
        assertThat(pg.render(steps)).isEqualTo("""
                -- CreateSchema
                CREATE SCHEMA IF NOT EXISTS "public";

                -- CreateTable
                CREATE TABLE "A" (
                    "id" INTEGER NOT NULL,
                    "name" TEXT NOT NULL,
                    "a" TEXT NOT NULL,
                    "b" TEXT NOT NULL,

                    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
                );

                -- CreateTable
                CREATE TABLE "B" (
                    "a" TEXT NOT NULL,
                    "b" TEXT NOT NULL,
                    "aId" INTEGER NOT NULL,

                    CONSTRAINT "B_pkey" PRIMARY KEY ("a","b")
                );

                -- CreateIndex
                CREATE UNIQUE INDEX "A_name_key" ON "A"("name");

                -- CreateIndex
                CREATE INDEX "A_a_idx" ON "A"("a");

                -- CreateIndex
                CREATE UNIQUE INDEX "A_a_b_key" ON "A"("a", "b");

                -- CreateIndex
                CREATE INDEX "B_a_b_idx" ON "B"("a", "b");

                -- AddForeignKey
                ALTER TABLE "B" ADD CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
                """);
        assertThat(Differ.diff(to, to, pg.capabilities())).isEmpty();
        assertThat(pg.render(List.of())).isEqualTo("-- This is an empty migration.");
    }
}
