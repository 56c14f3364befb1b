package dev.shale.diff;

import dev.shale.sql.Column;
import dev.shale.sql.EnumType;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** PostgreSQL enum types: created, dropped, or altered (values added; removed values recreate the type). */
final class EnumDiffer {
    private EnumDiffer() {}

    static void push(List<MigrationStep> steps, SqlSchema from, SqlSchema to, List<Table> droppedTables,
            List<TablePair> pairs, String defaultNamespace) {
        for (EnumType prev : from.enums()) {
            EnumType next = match(prev, to.enums(), defaultNamespace);
            if (next == null) {
                continue;
            }
            List<String> added = next.values().stream().filter(v -> !prev.values().contains(v)).toList();
            List<String> removed = prev.values().stream().filter(v -> !next.values().contains(v)).toList();
            if (added.isEmpty() && removed.isEmpty()) {
                continue;
            }
            List<ColumnUsage> kept = columnsOfType(next, from, to, defaultNamespace);
            steps.add(new AlterEnum(prev, next, added, removed, defaultUsages(prev, next, droppedTables, pairs), kept,
                    released(prev, from, kept, defaultNamespace)));
        }
        for (EnumType next : to.enums()) {
            if (match(next, from.enums(), defaultNamespace) == null) {
                steps.add(new CreateEnum(next));
            }
        }
        for (EnumType prev : from.enums()) {
            if (match(prev, to.enums(), defaultNamespace) == null) {
                steps.add(new DropEnum(prev));
            }
        }
    }

    private static EnumType match(EnumType e, List<EnumType> candidates, String defaultNamespace) {
        for (EnumType c : candidates) {
            if (c.name().equals(e.name()) && Objects.equals(ns(c.namespace(), defaultNamespace), ns(e.namespace(), defaultNamespace))) {
                return c;
            }
        }
        return null;
    }

    private static String ns(String namespace, String defaultNamespace) {
        return namespace == null ? defaultNamespace : namespace;
    }

    /**
     * The old columns of the enum that no new column keeps: dropped, in dropped tables, or retyped.
     * They would hold the old type when it is dropped. (Prisma leaves them, and its script fails.)
     */
    private static List<ColumnUsage> released(EnumType prev, SqlSchema from, List<ColumnUsage> kept, String defaultNamespace) {
        List<ColumnUsage> out = new ArrayList<>();
        for (Table t : from.tables()) {
            for (Column c : t.columns()) {
                if (c.type().family() != TypeFamily.ENUM || !c.type().enumRef().name().equals(prev.name())
                        || !Objects.equals(ns(c.type().enumRef().namespace(), defaultNamespace), ns(prev.namespace(), defaultNamespace))) {
                    continue;
                }
                boolean isKept = kept.stream().anyMatch(k -> k.table().name().equals(t.name()) && k.column().name().equals(c.name())
                        && Objects.equals(ns(k.table().namespace(), defaultNamespace), ns(t.namespace(), defaultNamespace)));
                if (!isKept) {
                    out.add(new ColumnUsage(t, c));
                }
            }
        }
        return out;
    }

    /** Prisma matches enum columns by the enum's name only. */
    private static boolean isEnum(Column c, String enumName) {
        return c.type().family() == TypeFamily.ENUM && c.type().enumRef().name().equals(enumName);
    }

    /** Old columns whose default is a value of the enum: dropped before the type is replaced, reinstalled after. */
    private static List<EnumDefaultUsage> defaultUsages(EnumType prev, EnumType next, List<Table> droppedTables,
            List<TablePair> pairs) {
        List<EnumDefaultUsage> out = new ArrayList<>();
        for (Table t : droppedTables) {
            for (Column c : t.columns()) {
                if (isEnum(c, prev.name()) && c.defaultValue() != null) {
                    out.add(new EnumDefaultUsage(t, c, null, null));
                }
            }
        }
        for (TablePair p : pairs) {
            for (Column c : p.dropped) {
                if (isEnum(c, prev.name()) && c.defaultValue() != null) {
                    out.add(new EnumDefaultUsage(p.from, c, null, null));
                }
            }
            for (ColumnPair c : p.pairs) {
                if (isEnum(c.from(), prev.name()) && c.from().defaultValue() != null) {
                    boolean reinstall = isEnum(c.to(), next.name()) && c.to().defaultValue() != null;
                    out.add(new EnumDefaultUsage(p.from, c.from(), reinstall ? p.to : null, reinstall ? c.to() : null));
                }
            }
        }
        return out;
    }

    /**
     * The columns of the new state whose type is the enum, in table and column order, that exist
     * already: those are cast to the recreated type. (Prisma also lists columns the migration adds
     * later, which makes the script fail; Shale leaves them to their own step.)
     */
    private static List<ColumnUsage> columnsOfType(EnumType next, SqlSchema from, SqlSchema to, String defaultNamespace) {
        List<ColumnUsage> out = new ArrayList<>();
        for (Table t : to.tables()) {
            Table old = from.tables().stream().filter(o -> o.name().equals(t.name())
                    && Objects.equals(ns(o.namespace(), defaultNamespace), ns(t.namespace(), defaultNamespace)))
                    .findFirst().orElse(null);
            for (Column c : t.columns()) {
                if (old != null && old.column(c.name()).isPresent() && c.type().family() == TypeFamily.ENUM && c.type().enumRef().name().equals(next.name())
                        && Objects.equals(ns(c.type().enumRef().namespace(), defaultNamespace), ns(next.namespace(), defaultNamespace))) {
                    out.add(new ColumnUsage(t, c));
                }
            }
        }
        return out;
    }
}
