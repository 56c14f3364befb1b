package dev.shale.lint;

import dev.shale.lint.rules.*;
import java.util.List;
import java.util.Optional;

/** Every lint rule, in one place, in code order. A new rule is one class plus one line here. */
public final class RuleRegistry {
    private final List<Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(
                new UnparsedStatementRule(),            // SH001
                new SuppressionWithoutReasonRule(),     // SH002
                new PendingChangeNotCheckedRule(),      // SH003
                new SqlNotCheckedRule(),                // SH004
                new MigrationNameRule(),                // SH101
                new MigrationNameMentionsModelRule(),   // SH102
                new NamingCaseRule(),                   // SH103
                new DateTimeSuffixRule(),               // SH104
                new RelationScalarNameRule(),           // SH105
                new RequiredColumnWithoutDefaultRule(), // SH201
                new DropColumnRule(),                   // SH202
                new DropTableRule(),                    // SH203
                new ColumnTypeChangeRule(),             // SH204
                new NarrowingTypeRule(),                // SH205
                new SetNotNullWithNullsRule(),          // SH206
                new UniqueWithDuplicatesRule(),         // SH207
                new EnumValueRemovedRule(),             // SH208
                new DropAddLooksLikeRenameRule(),       // SH209
                new PrimaryKeyChangeRule(),             // SH210
                new IndexWithoutConcurrentlyRule(),     // SH301
                new ForeignKeyWithoutNotValidRule(),    // SH302
                new CheckWithoutNotValidRule(),         // SH303
                new SetNotNullScanRule(),               // SH304
                new VolatileDefaultRule(),              // SH305
                new TypeChangeRewriteRule(),            // SH306
                new MissingTimeoutsRule(),              // SH307
                new ConcurrentlyInTransactionRule(),    // SH308
                new WholeTableDataChangeRule(),         // SH309
                new ExplicitOnDeleteRule(),             // SH401
                new SetNullOnRequiredRule(),            // SH402
                new CascadeIntoSoftDeleteRule(),        // SH403
                new RelationScalarIndexRule(),          // SH501
                new RedundantIndexRule(),               // SH502
                new JsonDocumentationRule(),            // SH601
                new EnumSuggestionRule(),               // SH602
                new AppliedMigrationEditedRule(),       // SH701
                new UnexplainedHandWrittenStatementRule(), // SH702
                new DestructiveWithoutBackupRule()));   // SH703
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> find(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
