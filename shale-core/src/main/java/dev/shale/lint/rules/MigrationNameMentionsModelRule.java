package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.sql.ParsedStatement;
import dev.shale.lint.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SH102: a migration that touches three tables or fewer should name one of them
 * ({@code update_companion_permissions} for table {@code CompanionPermission}). Table names come from
 * the SQL; a table matches when its words appear in the name in order, or its last word does
 * (singular or plural). Enums count like tables.
 */
public final class MigrationNameMentionsModelRule extends BaseRule {
    public MigrationNameMentionsModelRule() {
        super("SH102", Severity.INFO, "migration name mentions an affected model (three models or fewer)");
    }

    @Override
    public boolean readsPostgresSql() {
        return true;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        List<String> exceptions = context.config().naming().migrationNameExceptions();
        for (MigrationSource m : context.checkedMigrations()) {
            String name = m.descriptiveName();
            if (!m.folder() || MigrationNameRule.INIT.contains(name) || exceptions.contains(m.name())
                    || exceptions.contains(name)) {
                continue;
            }
            Set<String> touched = touched(m);
            if (touched.isEmpty() || touched.size() > 3) {
                continue;
            }
            List<String> nameWords = words(name);
            if (touched.stream().noneMatch(t -> mentions(nameWords, t))) {
                findings.report(Position.fileOnly(m.file()), "migration " + m.name(), "migration name `" + name
                        + "` does not mention what it changes: " + String.join(", ", touched.stream().map(t -> "\"" + t + "\"").toList()),
                        "include one of them, e.g. " + verb(nameWords) + "_" + String.join("_", words(touched.iterator().next())));
            }
        }
    }

    private static String verb(List<String> nameWords) {
        return nameWords.isEmpty() || !MigrationNameRule.VERBS.contains(nameWords.get(0)) ? "update" : nameWords.get(0);
    }

    /** Tables and enums the migration touches. */
    static Set<String> touched(MigrationSource m) {
        Set<String> tables = new LinkedHashSet<>();
        Set<String> enums = new LinkedHashSet<>();
        for (SqlStatement st : m.script().statements()) {
            ParsedStatement p = st.parsed();
            if (p instanceof ParsedStatement.CreateTable t) {
                tables.add(t.table().name());
            } else if (p instanceof ParsedStatement.AlterTable a) {
                tables.add(a.table().name());
            } else if (p instanceof ParsedStatement.DropTable d) {
                d.tables().forEach(n -> tables.add(n.name()));
            } else if (p instanceof ParsedStatement.CreateIndex i) {
                tables.add(i.table().name());
            } else if (p instanceof ParsedStatement.DataChange d) {
                tables.add(d.table().name());
            } else if (p instanceof ParsedStatement.Truncate t) {
                t.tables().forEach(n -> tables.add(n.name()));
            } else if (p instanceof ParsedStatement.CreateEnum e) {
                enums.add(e.type().name().replaceAll("_new$", ""));
            } else if (p instanceof ParsedStatement.AlterType a) {
                enums.add(a.type().name().replaceAll("_(new|old)$", ""));
            }
        }
        tables.addAll(enums);
        return tables;
    }

    static boolean mentions(List<String> nameWords, String table) {
        List<String> words = words(table);
        if (words.isEmpty()) {
            return true;
        }
        for (int i = 0; i + words.size() <= nameWords.size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                all = sameWord(nameWords.get(i + k), words.get(k));
            }
            if (all) {
                return true;
            }
        }
        String head = words.get(words.size() - 1);
        return nameWords.stream().anyMatch(w -> sameWord(w, head));
    }

    /** The words of a table name: {@code CompanionPermission} to [companion, permission]. */
    static List<String> words(String table) {
        List<String> out = new ArrayList<>();
        for (String w : table.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean sameWord(String a, String b) {
        return singular(a).equals(singular(b));
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
