package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

    /** migration-order.txt was sorted by JavaScript's localeCompare, as Prisma sorts migration folders. */
    @Test
    void sortsFoldersLikePrisma() throws IOException {
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("migration-order.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).toList();
        }
        assertThat(expected).hasSize(300);
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(MigrationOrder.NAMES);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void timestampsDecide() {
        List<String> names = new ArrayList<>(List.of("20240102000000_b", "20240101000000_z", "20231231235959_a"));
        names.sort(MigrationOrder.NAMES);
        assertThat(names).containsExactly("20231231235959_a", "20240101000000_z", "20240102000000_b");
    }
}
