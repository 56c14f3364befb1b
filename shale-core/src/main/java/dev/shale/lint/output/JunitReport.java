package dev.shale.lint.output;

import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;
import dev.shale.lint.Severity;
import java.util.List;

/**
 * JUnit XML for CI test tabs: one test suite, one test case per checked file without findings
 * (passed) and one per finding; errors and warnings are failures, infos pass with the message as
 * output.
 */
public final class JunitReport {
    private JunitReport() {}

    public static String render(LintReport report) {
        List<Finding> findings = report.findings();
        List<String> clean = report.checkedFiles().stream()
                .filter(file -> findings.stream().noneMatch(f -> f.file().equals(file))).toList();
        long failures = findings.stream().filter(f -> f.severity() != Severity.INFO).count();
        int tests = findings.size() + clean.size();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"shale lint\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\">\n");
        sb.append("  <testsuite name=\"shale lint\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"0\">\n");
        for (String file : clean) {
            sb.append("    <testcase classname=\"").append(xml(file)).append("\" name=\"lint\"/>\n");
        }
        for (Finding f : findings) {
            String name = f.code() + (f.line() > 0 ? " at " + f.line() + ":" + f.column() : "");
            sb.append("    <testcase classname=\"").append(xml(f.file().isEmpty() ? "project" : f.file()))
                    .append("\" name=\"").append(xml(name)).append("\">\n");
            String body = f.message() + (f.fix().isEmpty() ? "" : "\nfix: " + f.fix());
            if (f.severity() == Severity.INFO) {
                sb.append("      <system-out>").append(xml(body)).append("</system-out>\n");
            } else {
                sb.append("      <failure type=\"").append(f.severity().label()).append("\" message=\"")
                        .append(xml(f.message())).append("\">").append(xml(body)).append("</failure>\n");
            }
            sb.append("    </testcase>\n");
        }
        sb.append("  </testsuite>\n</testsuites>\n");
        return sb.toString();
    }

    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
