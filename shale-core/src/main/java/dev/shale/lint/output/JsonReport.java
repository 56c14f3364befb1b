package dev.shale.lint.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;
import dev.shale.lint.Severity;

/** One JSON document: {@code {"findings": [...], "summary": {...}, "files": [...]}}. */
public final class JsonReport {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(LintReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("code", f.code());
            n.put("severity", f.severity().label());
            n.put("message", f.message());
            n.put("file", f.file());
            n.put("line", f.line());
            n.put("column", f.column());
            n.put("object", f.object());
            n.put("fix", f.fix());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        ArrayNode files = root.putArray("files");
        report.checkedFiles().forEach(files::add);
        return write(root);
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
