package dev.shale.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.lint.data.DataAccess;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A column the plan must fill without a value: nothing is written, and the message says what to give. */
class MissingValuesTest {
    static final ColumnType TEXT = ColumnType.of(TypeFamily.STRING, "Text");
    static final ColumnType INT = ColumnType.of(TypeFamily.INT, "Integer");

    @TempDir Path temp;

    static SafePlan plan(Map<String, String> backfills) {
        SqlSchema from = SqlSchema.of(List.of("public"), List.of(new Table(null, "User", List.of(Column.required("id", INT),
                Column.required("fullname", TEXT)), PrimaryKey.of("User_pkey", "id"), List.of(), List.of())), List.of());
        SqlSchema to = SqlSchema.of(List.of("public"), List.of(new Table(null, "User", List.of(Column.required("id", INT),
                Column.required("displayName", TEXT)), PrimaryKey.of("User_pkey", "id"), List.of(), List.of())), List.of());
        return Planner.plan("rename_user_fullname", new PlanInput(from, to, Dialect.forKind(DatabaseKind.POSTGRESQL),
                DiffOptions.none(), DataAccess.none(), PlanOptions.defaults().withBackfills(backfills)));
    }

    @Test
    void aMissingValueStopsTheWriterAndALikelyRenameIsSuggested() {
        SafePlan plan = plan(Map.of());
        assertThat(plan.missing()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("User.displayName");
            assertThat(m.hint()).contains("--backfill 'User.displayName=\"fullname\"'", "@map(\"fullname\")");
        });
        MigrationsDirectory dir = new MigrationsDirectory(temp.resolve("migrations"));
        assertThatThrownBy(() -> PlanWriter.write(dir, plan, Instant.EPOCH, "postgresql"))
                .isInstanceOf(ShaleException.class)
                .hasMessageContaining("User.displayName (TEXT)")
                .hasMessageContaining("nothing was written");
        assertThat(Files.exists(dir.path())).isFalse();
    }

    @Test
    void withTheValueTheRenameIsCopiedThenTheOldColumnDropped() {
        SafePlan plan = plan(Map.of("User.displayName", "\"fullname\""));
        assertThat(plan.missing()).isEmpty();
        assertThat(plan.migrations().stream().map(PlannedMigration::phase))
                .containsExactly("expand", "backfill", "set_required", "drop_columns");
        assertThat(plan.migrations().get(1).sql()).contains("SET \"displayName\" = \"fullname\"");
    }
}
