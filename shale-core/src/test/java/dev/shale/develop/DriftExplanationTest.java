package dev.shale.develop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.Differ;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumType;
import dev.shale.sql.Index;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drift in words: each difference between the replayed history and the database, named from the database's side. */
class DriftExplanationTest {
    static final ColumnType TEXT = ColumnType.of(TypeFamily.STRING, "Text");
    static final ColumnType INT = ColumnType.of(TypeFamily.INT, "Integer");

    static DriftExplanation explain(SqlSchema history, SqlSchema database) {
        return DriftExplanation.of(Differ.diff(history, database, Dialect.forKind(DatabaseKind.POSTGRESQL).capabilities()), "public");
    }

    @Test
    void everyKindOfObjectIsNamedWithTheSideItExistsOn() {
        Table userHistory = new Table("public", "User", List.of(Column.required("id", INT), Column.nullable("name", TEXT),
                Column.required("legacy", TEXT)), PrimaryKey.of("User_pkey", "id"), List.of(Index.unique("User_name_key", "name")),
                List.of());
        Table userDatabase = new Table("public", "User", List.of(Column.required("id", INT), Column.required("name", TEXT),
                Column.nullable("nickname", TEXT)), PrimaryKey.of("User_pkey", "id"), List.of(Index.normal("User_nickname_idx",
                "nickname")), List.of());
        Table gone = new Table("public", "Gone", List.of(Column.required("id", INT)), PrimaryKey.of("Gone_pkey", "id"), List.of(),
                List.of());
        Table extra = new Table("audit", "Extra", List.of(Column.required("id", INT)), null, List.of(), List.of());
        SqlSchema history = SqlSchema.of(List.of("public"), List.of(userHistory, gone),
                List.of(new EnumType("public", "Role", List.of("USER", "ADMIN"))));
        SqlSchema database = SqlSchema.of(List.of("public", "audit"), List.of(userDatabase, extra),
                List.of(new EnumType("public", "Role", List.of("USER", "ADMIN", "OWNER")), new EnumType("public", "Mood", List.of("OK"))));

        List<String> lines = explain(history, database).lines();
        assertThat(lines).contains(
                "Table \"User\": column \"nickname\" exists in the database but not in the migrations",
                "Table \"User\": column \"legacy\" is in the migrations but not in the database",
                "Table \"User\": column \"name\" differs: the migrations make it Text NULL, the database has Text NOT NULL",
                "Table \"User\": index \"User_name_key\" is in the migrations but not in the database",
                "Table \"User\": index \"User_nickname_idx\" exists in the database but not in the migrations",
                "Table \"Gone\" is in the migrations but not in the database",
                "Table \"audit.Extra\" exists in the database but not in the migrations",
                "Enum \"Mood\" exists in the database but not in the migrations",
                "Enum \"Role\": value \"OWNER\" exists in the database but not in the migrations");
        assertThat(explain(database, history).lines()).contains(
                "Table \"User\": column \"legacy\" exists in the database but not in the migrations",
                "Enum \"Role\": value \"OWNER\" is in the migrations but not in the database");
    }

    @Test
    void noDifferenceNoLine() {
        Table t = new Table("public", "T", List.of(Column.required("id", INT)), PrimaryKey.of("T_pkey", "id"), List.of(), List.of());
        SqlSchema s = SqlSchema.of(List.of("public"), List.of(t), List.of());
        assertThat(explain(s, s).isEmpty()).isTrue();
    }
}
