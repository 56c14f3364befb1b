package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MigrationDirectivesTest {

    @Test
    void readsTheHeaderComments() {
        MigrationDirectives d = MigrationDirectives.parse("""
                -- shale:no-transaction
                -- shale:lock-timeout 5s
                --shale:statement-timeout   2min
                -- CreateIndex
                CREATE INDEX CONCURRENTLY i ON t (x);
                -- shale:lock-timeout 1s
                """, "m/migration.sql");
        assertThat(d.noTransaction()).isTrue();
        assertThat(d.lockTimeout()).contains(Duration.ofSeconds(5));
        assertThat(d.statementTimeout()).contains(Duration.ofMinutes(2));
    }

    @Test
    void directivesAfterTheFirstStatementAreComments() {
        MigrationDirectives d = MigrationDirectives.parse("SELECT 1;\n-- shale:no-transaction\n", "m");
        assertThat(d).isEqualTo(MigrationDirectives.NONE);
        assertThat(MigrationDirectives.parse("\uFEFF-- shale:no-transaction\r\nSELECT 1;", "m").noTransaction()).isTrue();
    }

    @Test
    void typosAndBadValuesNameTheLine() {
        assertThatThrownBy(() -> MigrationDirectives.parse("-- note\n-- shale:notransaction\n", "x/migration.sql"))
                .isInstanceOf(ShaleException.class).hasMessageStartingWith("x/migration.sql:2: unknown Shale directive");
        assertThatThrownBy(() -> MigrationDirectives.parse("-- shale:lock-timeout soon\n", "x/migration.sql"))
                .isInstanceOf(ShaleException.class).hasMessageContaining("x/migration.sql:1: invalid shale:lock-timeout `soon`");
        assertThatThrownBy(() -> MigrationDirectives.parse("-- shale:no-transaction please\n", "f"))
                .isInstanceOf(ShaleException.class).hasMessageContaining("takes no value");
    }

    @Test
    void durations() {
        assertThat(DurationText.parse("500ms", "x")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.parse("7", "x")).isEqualTo(Duration.ofSeconds(7));
        assertThat(DurationText.parse("1h", "x")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationText.parse("0", "x")).isZero();
        assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(DurationText.format(Duration.ofMinutes(2))).isEqualTo("2min");
        assertThatThrownBy(() -> DurationText.parse("-1s", "lock timeout")).hasMessageContaining("invalid lock timeout");
    }
}
