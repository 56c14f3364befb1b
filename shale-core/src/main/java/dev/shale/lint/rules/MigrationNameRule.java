package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;
import dev.shale.lint.migrations.MigrationSource;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SH101: a migration's name is how a reviewer finds it months later: snake_case, an action verb
 * ({@code add_user_profiles}; a trailing verb as in {@code major_auth_system_refactor} is accepted
 * too), not a generic word, and {@code init} only for the first migration.
 */
public final class MigrationNameRule extends BaseRule {
    static final Set<String> VERBS = Set.of("add", "create", "drop", "remove", "rename", "update", "enhance",
            "backfill", "refactor", "change", "alter", "make", "set", "delete", "introduce", "extend", "split", "merge",
            "move", "replace", "migrate", "convert", "index", "link", "unlink", "allow", "require", "enable", "disable",
            "restrict", "relax", "seed", "normalize", "normalise", "denormalize", "deprecate", "archive", "restore",
            "revert", "upgrade", "modify", "expand", "contract", "tighten", "widen", "shrink", "populate", "clean",
            "cleanup", "reorganize", "reindex", "partition", "track", "store", "support", "prepare", "finalize",
            "init", "initialize", "attach", "detach", "constrain", "unique", "validate", "fix", "adjust", "harden",
            "reset", "switch", "separate", "combine", "consolidate", "simplify", "flatten", "nest", "denormalise");
    static final Set<String> GENERIC = Set.of("update", "updates", "fix", "fixes", "change", "changes", "migration",
            "migrations", "migrate", "temp", "tmp", "test", "wip", "misc", "stuff", "new", "edit", "patch", "schema",
            "db", "database", "changes_to_schema", "schema_update", "schema_changes", "update_schema", "misc_changes",
            "new_migration", "add", "remove", "drop", "refactor", "modify", "alter", "dev", "draft");
    static final Set<String> INIT = Set.of("init", "initial", "initial_migration", "initial_schema", "init_schema");

    public MigrationNameRule() {
        super("SH101", Severity.WARNING, "migration name: snake_case, action verb, not generic, init only first");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        List<MigrationSource> folders = context.migrations().stream().filter(MigrationSource::folder).toList();
        Set<String> verbs = new HashSet<>(VERBS);
        context.config().naming().actionVerbs().forEach(v -> verbs.add(v.toLowerCase(Locale.ROOT)));
        Set<String> generic = new HashSet<>(GENERIC);
        context.config().naming().genericNames().forEach(v -> generic.add(v.toLowerCase(Locale.ROOT)));
        List<String> exceptions = context.config().naming().migrationNameExceptions();
        for (int i = 0; i < folders.size(); i++) {
            MigrationSource m = folders.get(i);
            String name = m.descriptiveName();
            if (!context.isChecked(m) || exceptions.contains(m.name()) || exceptions.contains(name)) {
                continue;
            }
            Position at = Position.fileOnly(m.file());
            String object = "migration " + m.name();
            if (INIT.contains(name)) {
                if (i > 0) {
                    findings.report(at, object, "migration name `" + name + "` is for the first migration only; this is number "
                            + (i + 1), "name it after what it changes, e.g. add_<model>_<field>");
                }
                continue;
            }
            if (!name.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
                findings.report(at, object, "migration name `" + name + "` is not snake_case",
                        "rename the folder to " + m.name().substring(0, m.name().length() - name.length()) + snake(name)
                                + " (before it is deployed)");
                continue;
            }
            if (generic.contains(name)) {
                findings.report(at, object, "migration name `" + name + "` is generic: it does not say what changes",
                        "name the change and the model, e.g. add_user_profiles or update_companion_permissions");
                continue;
            }
            String[] words = name.split("_");
            if (!verbs.contains(words[0]) && !verbs.contains(words[words.length - 1])) {
                findings.report(at, object, "migration name `" + name + "` does not start with an action verb (add, create, "
                        + "drop, remove, rename, update, backfill, ...)", "e.g. add_" + name);
            }
        }
    }

    /** snake_case of a camelCase, kebab-case or spaced name. */
    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "").toLowerCase(Locale.ROOT);
    }
}
