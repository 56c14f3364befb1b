package dev.shale.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private static MigrationEvent event(EventType type, String name) {
        String db = DatabaseUrl.parse("postgresql://app:s3cret@db.example.com:5432/prod").masked();
        return MigrationEvent.of(type, name, "abc", Duration.ofMillis(42), 3, db, type == EventType.FAILED ? "boom\nline 2" : null);
    }

    @Test
    void oneJsonLinePerEventWithoutThePassword() throws Exception {
        Path file = dir.resolve(".shale/events.jsonl");
        JsonLinesEventLog log = new JsonLinesEventLog(file);
        log.publish(event(EventType.APPLIED, "20240101000000_init"));
        log.publish(event(EventType.FAILED, "20240102000000_bad"));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode applied = JSON.readTree(lines.get(0));
        assertThat(applied.get("event").asText()).isEqualTo("applied");
        assertThat(applied.get("migration").asText()).isEqualTo("20240101000000_init");
        assertThat(applied.get("checksum").asText()).isEqualTo("abc");
        assertThat(applied.get("durationMs").asLong()).isEqualTo(42);
        assertThat(applied.get("statements").asInt()).isEqualTo(3);
        assertThat(applied.get("database").asText()).isEqualTo("postgresql://app:***@db.example.com:5432/prod");
        assertThat(applied.has("error")).isFalse();
        assertThat(JSON.readTree(lines.get(1)).get("error").asText()).isEqualTo("boom\nline 2");
        assertThat(String.join("\n", lines)).doesNotContain("s3cret");
    }

    @Test
    void concurrentWritersNeverInterleaveLines() throws Exception {
        Path file = dir.resolve("events.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.submit(() -> {
                JsonLinesEventLog log = new JsonLinesEventLog(file);
                for (int i = 0; i < 50; i++) {
                    log.publish(event(EventType.APPLIED, "m" + thread + "_" + i + "_" + "x".repeat(500)));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(400);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("event").asText()).isEqualTo("applied");
        }
    }

    @Test
    void failureAlertRunsTheCommandWithTheEventInItsEnvironment() throws Exception {
        Path out = dir.resolve("alert.json");
        FailureAlert alert = new FailureAlert("printf '%s' \"$SHALE_EVENT\" > '" + out + "'", Duration.ofSeconds(10));
        alert.publish(event(EventType.APPLIED, "ignored"));
        assertThat(out).doesNotExist();
        alert.publish(event(EventType.FAILED, "20240102000000_bad"));
        JsonNode sent = JSON.readTree(Files.readString(out));
        assertThat(sent.get("event").asText()).isEqualTo("failed");
        assertThat(sent.get("migration").asText()).isEqualTo("20240102000000_bad");
    }

    @Test
    void aHangingOrFailingAlertDoesNotStopShale() {
        long t0 = System.nanoTime();
        new FailureAlert("sleep 30", Duration.ofMillis(300)).publish(event(EventType.FAILED, "x"));
        new FailureAlert("exit 3", Duration.ofSeconds(5)).publish(event(EventType.FAILED, "x"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void allSinksReceiveEveryEvent() {
        List<MigrationEvent> a = new ArrayList<>();
        List<MigrationEvent> b = new ArrayList<>();
        EventSink.all(List.of(a::add, b::add, new LoggingEventSink())).publish(event(EventType.STARTED, "m"));
        assertThat(a).hasSize(1);
        assertThat(b).hasSize(1);
    }
}
