package org.sqlbundle.compiler.internal.lint.rules;

import java.util.List;
import org.sqlbundle.compiler.internal.lint.LintRule;

/** Every lint rule, in code order; a new rule is one class here plus one entry below and a line in docs/lint.md. */
public final class LintRules {

    public static final List<LintRule> ALL = List.of(
            new NotNullColumnWithoutDefault(),
            new SetNotNullOnExistingColumn(),
            new IdentifierTooLong(),
            new TableWithoutPrimaryKey(),
            new UnparsedSql(),
            new AsymmetricSqlVariants(),
            new UndeclaredNarrowing(),
            new EmptyRevision(),
            new BlankMessage(),
            new DowngradeReaddsNotNullColumn(),
            new UnquotedNamesOnH2());

    private LintRules() {
    }
}
