package dev.shale.lint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.ShaleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lint configuration, read from {@code shale.lint.json} at the project root (see
 * docs/commands/lint.md). Every part is optional; unknown keys are an error so a typo does not
 * silently do nothing.
 *
 * @param rules code to {@code error|warning|info|off}
 * @param naming exceptions and extra words for the naming rules
 * @param thresholds when a table is large and how far data checks may go
 * @param runnerSetsTimeouts the deploy runner sets lock_timeout and statement_timeout itself (SH307 off)
 * @param skipMigrationsThrough migrations up to and including this folder name are not checked (a baseline)
 */
public record LintConfig(Map<String, String> rules, Naming naming, Thresholds thresholds, boolean runnerSetsTimeouts,
        String skipMigrationsThrough) {

    public static final String FILE_NAME = "shale.lint.json";

    @JsonCreator
    public LintConfig(@JsonProperty("rules") Map<String, String> rules, @JsonProperty("naming") Naming naming,
            @JsonProperty("thresholds") Thresholds thresholds,
            @JsonProperty("runnerSetsTimeouts") boolean runnerSetsTimeouts,
            @JsonProperty("skipMigrationsThrough") String skipMigrationsThrough) {
        Map<String, String> normalised = new LinkedHashMap<>();
        if (rules != null) {
            rules.forEach((code, level) -> {
                String l = level == null ? "" : level.strip().toLowerCase(Locale.ROOT);
                if (!l.equals("off") && Severity.fromLabel(l) == null) {
                    throw new IllegalArgumentException("rule " + code + ": `" + level
                            + "` is not a severity; use error, warning, info or off");
                }
                normalised.put(code.strip().toUpperCase(Locale.ROOT), l);
            });
        }
        this.rules = Map.copyOf(normalised);
        this.naming = naming == null ? Naming.DEFAULT : naming;
        this.thresholds = thresholds == null ? Thresholds.DEFAULT : thresholds;
        this.runnerSetsTimeouts = runnerSetsTimeouts;
        this.skipMigrationsThrough = skipMigrationsThrough == null ? "" : skipMigrationsThrough;
    }

    public static LintConfig defaults() {
        return new LintConfig(null, null, null, false, null);
    }

    public boolean disabled(String code) {
        return "off".equals(rules.get(code));
    }

    /** The configured severity for a code, or the rule's own. */
    public Severity severity(String code, Severity fallback) {
        String level = rules.get(code);
        Severity s = level == null ? null : Severity.fromLabel(level);
        return s == null ? fallback : s;
    }

    /**
     * Naming conventions.
     *
     * @param actionVerbs extra words a migration name may start with
     * @param genericNames extra names that say nothing
     * @param migrationNameExceptions migration folder names (or their part after the timestamp) SH101/SH102 skip
     * @param dateTimeSuffixExceptions DateTime field names that need not end with {@code At} (SH104)
     */
    public record Naming(List<String> actionVerbs, List<String> genericNames, List<String> migrationNameExceptions,
            List<String> dateTimeSuffixExceptions) {
        static final Naming DEFAULT = new Naming(null, null, null, null);

        public Naming {
            actionVerbs = actionVerbs == null ? List.of() : List.copyOf(actionVerbs);
            genericNames = genericNames == null ? List.of() : List.copyOf(genericNames);
            migrationNameExceptions = migrationNameExceptions == null ? List.of() : List.copyOf(migrationNameExceptions);
            dateTimeSuffixExceptions = dateTimeSuffixExceptions == null ? List.of() : List.copyOf(dateTimeSuffixExceptions);
        }
    }

    /**
     * Data thresholds.
     *
     * @param largeTableRows from this many rows a table is "large": lock rules become errors
     * @param exactScanRows up to this many rows data checks read the whole table; above, a sample
     * @param sampleRows about how many rows a sample reads
     * @param queryTimeoutMillis statement_timeout of every data query
     * @param enumMaxDistinct SH602 suggests an enum for a String column with at most this many distinct values
     */
    public record Thresholds(long largeTableRows, long exactScanRows, long sampleRows, long queryTimeoutMillis,
            int enumMaxDistinct) {
        public static final Thresholds DEFAULT = new Thresholds(100_000, 100_000, 20_000, 5_000, 10);

        @JsonCreator
        public Thresholds(@JsonProperty("largeTableRows") Long largeTableRows,
                @JsonProperty("exactScanRows") Long exactScanRows, @JsonProperty("sampleRows") Long sampleRows,
                @JsonProperty("queryTimeoutMillis") Long queryTimeoutMillis,
                @JsonProperty("enumMaxDistinct") Integer enumMaxDistinct) {
            this(largeTableRows == null ? 100_000L : largeTableRows.longValue(),
                    exactScanRows == null ? 100_000L : exactScanRows.longValue(),
                    sampleRows == null ? 20_000L : sampleRows.longValue(),
                    queryTimeoutMillis == null ? 5_000L : queryTimeoutMillis.longValue(),
                    enumMaxDistinct == null ? 10 : enumMaxDistinct.intValue());
        }

        public Thresholds {
            if (largeTableRows < 0 || exactScanRows < 0 || sampleRows <= 0 || queryTimeoutMillis <= 0 || enumMaxDistinct <= 0) {
                throw new IllegalArgumentException("thresholds must be positive");
            }
        }
    }

    /** Reads a configuration file; a bad file is a usage error naming the line and column. */
    public static LintConfig read(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            LintConfig config = mapper.readValue(Files.readString(file), LintConfig.class);
            return config == null ? defaults() : config;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            String reason = e.getOriginalMessage();
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                reason = iae.getMessage();
            }
            if (reason != null && reason.contains("Unrecognized field")) {
                reason = reason.replaceAll("\\s*\\(class [^)]*\\)", "")
                        + " (known: rules, naming, thresholds, runnerSetsTimeouts, skipMigrationsThrough)";
            }
            throw ShaleException.usage(where + ": invalid lint configuration: " + reason);
        } catch (IOException e) {
            throw ShaleException.usage("cannot read the lint configuration `" + file + "`: " + e.getMessage());
        }
    }
}
