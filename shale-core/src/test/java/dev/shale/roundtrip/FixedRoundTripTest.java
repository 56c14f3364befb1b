package dev.shale.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.Differ;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Index;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import dev.shale.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A known schema applied to a real PostgreSQL and read back equals itself. */
class FixedRoundTripTest {

    @Test
    void postgresSchemaSurvivesApplyAndIntrospection() {
        EnumType mood = new EnumType(null, "Mood", List.of("HAPPY", "SAD"));
        Table user = new Table(null, "User", List.of(
                new Column("id", ColumnType.of(TypeFamily.INT, "Integer"), dev.shale.sql.Arity.REQUIRED,
                        ColumnDefault.sequence("User_id_seq"), true),
                Column.required("email", ColumnType.of(TypeFamily.STRING, "Text")),
                Column.nullable("name", ColumnType.of(TypeFamily.STRING, "VarChar", 120))
                        .withDefault(ColumnDefault.value(new Value.Str("it's"))),
                Column.required("mood", ColumnType.enumType(mood.ref())).withDefault(ColumnDefault.value(new Value.EnumValue("SAD"))),
                Column.required("score", ColumnType.of(TypeFamily.DECIMAL, "Decimal", 65, 30))
                        .withDefault(ColumnDefault.value(new Value.Float(new java.math.BigDecimal("1.5")))),
                Column.required("createdAt", ColumnType.of(TypeFamily.DATETIME, "Timestamp", 3)).withDefault(ColumnDefault.now()),
                new Column("tags", ColumnType.of(TypeFamily.STRING, "Text"), dev.shale.sql.Arity.LIST,
                        ColumnDefault.value(new Value.ListValue(List.of(new Value.Str("a"), new Value.Str("b")))), false)),
                PrimaryKey.of("User_pkey", "id"), List.of(Index.unique("User_email_key", "email"),
                        new Index("User_live_name", dev.shale.sql.IndexKind.NORMAL, dev.shale.sql.IndexColumn.all("name"), null,
                                "name <> 'x' AND \"createdAt\" IS NOT NULL"),
                        new Index("User_tags_gin", dev.shale.sql.IndexKind.NORMAL, dev.shale.sql.IndexColumn.all("tags"), "GIN", null)),
                List.of());
        Table post = new Table(null, "Post", List.of(
                Column.required("id", ColumnType.of(TypeFamily.STRING, "Text")),
                Column.required("authorId", ColumnType.of(TypeFamily.INT, "Integer")),
                Column.nullable("data", ColumnType.of(TypeFamily.JSON, "JsonB"))
                        .withDefault(ColumnDefault.value(new Value.Json("{\"a\": 1}")))),
                PrimaryKey.of("Post_pkey", "id"), List.of(Index.normal("Post_authorId_idx", "authorId")),
                List.of(new ForeignKey("Post_authorId_fkey", List.of("authorId"), null, "User", List.of("id"),
                        ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE)));
        SqlSchema a = SqlSchema.of(List.of("public"), List.of(user, post), List.of(mood));
        Dialect pg = Dialect.forKind(DatabaseKind.POSTGRESQL);
        try (var db = TestDatabases.postgres()) {
            Apply.migrate(db.url(), pg, SqlSchema.empty(), a);
            SqlSchema introspected = Apply.introspect(db.url(), pg);
            // PostgreSQL prints predicates its own way; the differ compares them by meaning.
            assertThat(introspected.table("User").orElseThrow().indexes()).extracting(Index::predicate)
                    .contains("(((name)::text <> 'x'::text) AND (\"createdAt\" IS NOT NULL))");
            assertThat(Differ.diff(introspected, a, pg.capabilities())).isEmpty();
            assertThat(Differ.diff(introspected, introspected, pg.capabilities())).isEmpty();
        }
    }
}
