package dev.shale.lint.output;

import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;

/**
 * The findings as a comment block for the top of a {@code migration.sql} written with
 * {@code --allow-unsafe}, like Prisma's warnings block: the next reader sees what was accepted.
 */
public final class SqlCommentBlock {
    private SqlCommentBlock() {}

    /** Empty when the report has no finding. */
    public static String render(LintReport report) {
        if (report.findings().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("/*\n  Shale lint findings accepted with --allow-unsafe:\n\n");
        for (Finding f : report.findings()) {
            sb.append("  - ").append(f.severity().label()).append(' ').append(f.code()).append(": ")
                    .append(f.message().replace("*/", "* /")).append('\n');
            if (!f.fix().isEmpty()) {
                sb.append("    fix: ").append(f.fix().replace("*/", "* /")).append('\n');
            }
        }
        return sb.append("\n*/\n").toString();
    }
}
