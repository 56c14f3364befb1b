package dev.shale.lint.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;
import dev.shale.lint.Rule;
import dev.shale.lint.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules as {@code tool.driver.rules}, one result
 * per finding with its level ({@code error|warning|note}), location relative to the repository root
 * ({@code %SRCROOT%}) and the fix in the message (GitHub shows message text, not SARIF fix objects
 * without replacements). Findings about a whole file point at line 1.
 */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    public static String render(LintReport report, String toolVersion) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "shale");
        driver.put("semanticVersion", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : report.rules()) {
            index.put(r.code(), index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", r.code());
            rule.put("name", r.getClass().getSimpleName().replaceAll("Rule$", ""));
            rule.putObject("shortDescription").put("text", r.summary());
            rule.putObject("help").put("text", "See docs/lint-rules.md, section " + r.code() + ".");
            rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.code());
            Integer i = index.get(f.code());
            if (i != null) {
                result.put("ruleIndex", i);
            }
            result.put("level", level(f.severity()));
            result.putObject("message").put("text", f.message() + (f.fix().isEmpty() ? "" : "\nFix: " + f.fix()));
            if (!f.file().isEmpty()) {
                ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
                ObjectNode artifact = physical.putObject("artifactLocation");
                artifact.put("uri", f.file());
                artifact.put("uriBaseId", "%SRCROOT%");
                ObjectNode region = physical.putObject("region");
                region.put("startLine", Math.max(1, f.line()));
                region.put("startColumn", Math.max(1, f.column()));
            }
            if (!f.object().isEmpty()) {
                result.putObject("properties").put("object", f.object());
            }
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", "file:///");
        return JsonReport.write(root);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
