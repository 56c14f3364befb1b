package dev.shale.lint.output;

import dev.shale.ShaleException;
import dev.shale.lint.LintReport;
import java.util.Locale;

/** The output formats of {@code shale lint}; each renders a report to a string (the CLI prints it). */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF,
    JUNIT;

    public String render(LintReport report, String toolVersion) {
        return switch (this) {
            case TEXT -> TextReport.render(report);
            case JSON -> JsonReport.render(report);
            case SARIF -> SarifReport.render(report, toolVersion);
            case JUNIT -> JunitReport.render(report);
        };
    }

    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ShaleException.usage("unknown format `" + name + "`; use text, json, sarif or junit");
        }
    }
}
