package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.ShaleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationNameTest {

    /** Every name in the file was sanitised by the real Prisma 7.10 CLI (see prisma-oracle.cjs beside it). */
    @Test
    void sanitisesNamesLikePrismaDoes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        int count = 0;
        try (InputStream in = getClass().getResourceAsStream("migration-names.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] pair = json.readValue(line, String[].class);
                count++;
                String ours = MigrationName.sanitize(pair[0]);
                if (!ours.equals(pair[1])) {
                    wrong.add(pair[0] + " -> shale `" + ours + "`, prisma `" + pair[1] + "`");
                }
            }
        }
        assertThat(count).isGreaterThan(250);
        assertThat(wrong).isEmpty();
    }

    @Test
    void folderNamesStartWithTheUtcTimestamp() {
        Instant at = Instant.parse("2024-03-05T07:08:09.999Z");
        assertThat(MigrationName.folderName(at, "init")).isEqualTo("20240305070809_init");
        assertThat(MigrationName.folderName(at, "")).isEqualTo("20240305070809");
        assertThat(MigrationName.timestampOf("20240305070809_init")).isEqualTo("20240305070809");
        assertThat(MigrationName.timestampOf("20240305070809")).isEqualTo("20240305070809");
        assertThat(MigrationName.timestampOf("init")).isNull();
    }

    @Test
    void namesAreCutAt200AndLongerOnesRefused() {
        String sanitized = MigrationName.sanitize("x".repeat(500));
        assertThat(sanitized).hasSize(200);
        assertThat(MigrationName.folderName(Instant.EPOCH, sanitized)).hasSize(215);
        assertThatThrownBy(() -> MigrationName.folderName(Instant.EPOCH, "y".repeat(201)))
                .isInstanceOf(ShaleException.class).hasMessageContaining("200 characters");
    }
}
