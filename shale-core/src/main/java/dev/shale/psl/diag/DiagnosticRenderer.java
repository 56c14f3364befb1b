package dev.shale.psl.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics the way Prisma does: the title line, the {@code -->} location, the line
 * before the span, the span's line(s) with the span highlighted, framed by empty gutters. With
 * {@code ansi} the same ANSI escape sequences as Prisma's terminal output are written, so the
 * coloured text is byte-identical too.
 */
public final class DiagnosticRenderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String GUTTER_STYLE = "\u001b[1;94m";
    private static final String UNDERLINE = "\u001b[4m";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean ansi;

    public DiagnosticRenderer(boolean ansi) {
        this.ansi = ansi;
    }

    /** Renders every diagnostic in order; each block ends with a line feed. Unknown files render without source lines. */
    public String render(List<Diagnostic> diagnostics, List<SourceFile> files) {
        Map<String, SourceFile> byName = new HashMap<>();
        for (SourceFile file : files) {
            byName.putIfAbsent(file.name(), file);
        }
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            SourceFile file = byName.get(diagnostic.span().file());
            out.append(file == null ? renderWithoutSource(diagnostic) : render(diagnostic, file));
        }
        return out.toString();
    }

    /** Renders one diagnostic against the file its span points into. */
    public String render(Diagnostic diagnostic, SourceFile file) {
        Span span = diagnostic.span();
        String text = file.text();
        int start = Math.min(span.start(), text.length());
        int end = Math.min(Math.max(span.end(), start), text.length());
        int startLine = file.lineOf(start); // 1-based
        int endLine = file.lineOf(end);
        String line = file.lineText(startLine);
        int startInLine = start - file.lineStart(startLine);
        int endInLine = Math.min(startInLine + (end - start), line.length());
        String primary = diagnostic.severity() == Severity.ERROR ? "\u001b[1;91m" : "\u001b[1;93m";

        StringBuilder out = new StringBuilder();
        out.append(style(primary, diagnostic.severity().label())).append(": ")
                .append(style(BOLD, diagnostic.message())).append('\n');
        out.append("  ").append(style(GUTTER_STYLE, "-->")).append("  ")
                .append(style(UNDERLINE, file.name() + ":" + startLine)).append('\n');
        out.append(gutter(0)).append('\n');
        out.append(numberedLine(startLine - 1, file)).append('\n');
        String offending = line.substring(startInLine, endInLine);
        out.append(gutter(startLine)).append(line, 0, startInLine)
                .append(style(primary, offending)).append(line.substring(endInLine)).append('\n');
        if (offending.isEmpty()) {
            out.append(gutter(0)).append(" ".repeat(startInLine))
                    .append(style(primary, "^ Unexpected token.")).append('\n');
        }
        for (int n = startLine + 1; n <= endLine; n++) {
            out.append(numberedLine(n, file)).append('\n');
        }
        out.append(gutter(0)).append('\n');
        return out.toString();
    }

    private String renderWithoutSource(Diagnostic diagnostic) {
        String primary = diagnostic.severity() == Severity.ERROR ? "\u001b[1;91m" : "\u001b[1;93m";
        Span span = diagnostic.span();
        return style(primary, diagnostic.severity().label()) + ": " + style(BOLD, diagnostic.message()) + "\n"
                + "  " + style(GUTTER_STYLE, "-->") + "  " + style(UNDERLINE, span.file() + ":" + span.line()) + "\n";
    }

    /** A line with its number, or only the gutter when the number is 0 or past the end of the file. */
    private String numberedLine(int lineNumber, SourceFile file) {
        if (lineNumber > 0 && lineNumber <= file.lineCount()) {
            return gutter(lineNumber) + file.lineText(lineNumber);
        }
        return gutter(lineNumber);
    }

    private String gutter(int lineNumber) {
        String plain = lineNumber > 0 ? String.format("%2d | ", lineNumber) : "   | ";
        return style(GUTTER_STYLE, plain);
    }

    private String style(String code, String text) {
        return ansi ? code + text + RESET : text;
    }

    /**
     * The machine-readable form: {@code {"diagnostics":[{"severity","message","file","line",
     * "column","endLine","endColumn"}]}}, severity in lower case.
     */
    public static String toJson(List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode node = array.addObject();
            node.put("severity", d.severity().label());
            node.put("message", d.message());
            node.put("file", d.span().file());
            node.put("line", d.span().line());
            node.put("column", d.span().column());
            node.put("endLine", d.span().endLine());
            node.put("endColumn", d.span().endColumn());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write diagnostics as JSON", e);
        }
    }
}
