package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationStatusTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    private static Migration local(String name, String sql) {
        return new Migration(name, Path.of("migrations", name), sql.getBytes(StandardCharsets.UTF_8));
    }

    private static HistoryRecord applied(String name, String sql) {
        return new HistoryRecord("id-" + name, Checksum.of(sql.getBytes(StandardCharsets.UTF_8)), T.plusSeconds(1), name, null, null, T, 1);
    }

    @Test
    void classifiesEveryMigration() {
        List<Migration> folder = List.of(local("1_a", "A"), local("2_b", "B"), local("3_c", "C"), local("4_d", "D"), local("5_e", "E"));
        List<HistoryRecord> rows = List.of(
                applied("1_a", "A"),
                applied("2_b", "B-old"),
                new HistoryRecord("f", "x", null, "3_c", "boom", null, T, 0),
                new HistoryRecord("r", "x", null, "4_d", "boom", T.plusSeconds(5), T, 0),
                applied("0_gone", "Z"),
                new HistoryRecord("g", "x", null, "0_gone_too", "boom", T.plusSeconds(9), T, 0));
        MigrationStatus s = MigrationStatus.of(folder, rows, true, List.of());
        assertThat(s.applied()).containsExactly("1_a", "2_b");
        assertThat(s.edited()).extracting(MigrationStatus.EditedMigration::name).containsExactly("2_b");
        assertThat(s.failed()).extracting(MigrationStatus.FailedMigration::name).containsExactly("3_c");
        // Rolled back means "run it again"; a failed one is not pending until resolved.
        assertThat(s.pending()).containsExactly("4_d", "5_e");
        // A rolled-back row of a deleted folder is not missing.
        assertThat(s.missing()).containsExactly("0_gone");
        assertThat(s.upToDate()).isFalse();
        assertThat(s.localCount()).isEqualTo(5);
    }

    @Test
    void upToDateWhenEveryFolderIsApplied() {
        MigrationStatus s = MigrationStatus.of(List.of(local("1_a", "A")), List.of(applied("1_a", "A")), true, List.of());
        assertThat(s.upToDate()).isTrue();
        assertThat(MigrationStatus.of(List.of(), List.of(), true, List.of()).upToDate()).isTrue();
    }

    @Test
    void aDatabaseWithoutHistoryHasEverythingPending() {
        MigrationStatus s = MigrationStatus.of(List.of(local("1_a", "A")), List.of(), false, List.of("legacy"));
        assertThat(s.pending()).containsExactly("1_a");
        assertThat(s.unmanagedTables()).containsExactly("legacy");
    }
}
