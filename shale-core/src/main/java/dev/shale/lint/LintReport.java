package dev.shale.lint;

import java.util.List;

/**
 * The result of one lint run.
 *
 * @param findings after configuration and suppressions, in file, line, column order
 * @param checkedFiles every file that was looked at (for JUnit's passing cases and the summary)
 * @param rules the rules that ran (for SARIF's rule list)
 */
public record LintReport(List<Finding> findings, List<String> checkedFiles, List<Rule> rules) {
    public LintReport {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        checkedFiles = List.copyOf(checkedFiles);
        rules = List.copyOf(rules);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Exit code 1 territory. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** "2 errors, 1 warning, 0 infos in 3 files". */
    public String summary() {
        long e = count(Severity.ERROR);
        long w = count(Severity.WARNING);
        long i = count(Severity.INFO);
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i
                + (i == 1 ? " info" : " infos") + " in " + checkedFiles.size()
                + (checkedFiles.size() == 1 ? " file" : " files");
    }
}
