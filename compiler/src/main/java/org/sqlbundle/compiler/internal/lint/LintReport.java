package org.sqlbundle.compiler.internal.lint;

import java.util.List;

/** Findings in chain order, and how many revisions were looked at. */
public record LintReport(List<Finding> findings, int revisions) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether {@code lint} fails: on any error, and on warnings too when strict. */
    public boolean fails(boolean strict) {
        return count(Severity.ERROR) > 0 || (strict && !findings.isEmpty());
    }
}
