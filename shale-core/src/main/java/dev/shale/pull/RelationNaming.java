package dev.shale.pull;

import dev.shale.pull.TableGraph.Fk;
import dev.shale.sql.Table;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of relations and relation fields for foreign keys and join tables, as Prisma's
 * introspection derives them from database names alone (the existing schema's names are applied
 * afterwards, per relation).
 *
 * <p>A relation between two tables is ambiguous when another foreign key or join table relates the
 * same two tables, or when a foreign key column has the name the relation field would get. An
 * unambiguous relation is unnamed (a self-relation is named {@code AToA}) and its fields are named
 * after the other model ({@code other_A} on the back side of a self-relation). An ambiguous one is
 * named {@code Referencing_col1_col2ToReferenced} and its fields carry that name as a suffix.
 */
final class RelationNaming {
    /** [relation name ("" for none), forward field name, back field name]. */
    record Triple(String relationName, String forward, String back) {}

    private final TableGraph graph;
    private final Map<Fk, Triple> inline = new IdentityHashMap<>();
    private final Map<Table, Triple> manyToMany = new IdentityHashMap<>();

    RelationNaming(TableGraph graph) {
        this.graph = graph;
        Set<Long> ambiguous = findAmbiguous();
        for (Table t : graph.tables()) {
            if (graph.isJoinTable(t)) {
                manyToMany.put(t, joinTableNames(t, ambiguous));
            } else {
                for (Fk fk : graph.foreignKeys(t)) {
                    if (!graph.isDuplicate(fk)) {
                        inline.put(fk, inlineNames(fk, ambiguous));
                    }
                }
            }
        }
    }

    /** The names for a foreign key, or {@code null} when Prisma drops it as a duplicate. */
    Triple inline(Fk fk) {
        return inline.get(fk);
    }

    Triple manyToMany(Table joinTable) {
        return manyToMany.get(joinTable);
    }

    private static String modelName(Table t) {
        return NameResolver.fromDatabaseType(t.name()).name();
    }

    private static String columnName(String column) {
        return NameResolver.fromDatabaseColumn(column).name();
    }

    private long pair(Table a, Table b) {
        long x = graph.id(a);
        long y = graph.id(b);
        return Math.min(x, y) * 1_000_000L + Math.max(x, y);
    }

    private Set<Long> findAmbiguous() {
        Set<Long> ambiguous = new HashSet<>();
        // Two join tables between the same models make both ambiguous.
        Map<Long, Integer> joinTablesPerPair = new java.util.HashMap<>();
        for (Table t : graph.tables()) {
            if (graph.isJoinTable(t)) {
                Table[] models = graph.joinTableModels(t);
                joinTablesPerPair.merge(pair(models[0], models[1]), 1, Integer::sum);
            }
        }
        joinTablesPerPair.forEach((key, count) -> {
            if (count > 1) {
                ambiguous.add(key);
            }
        });
        for (Table t : graph.tables()) {
            if (graph.isJoinTable(t)) {
                joinTableAmbiguity(t, ambiguous);
            } else {
                for (Fk fk : graph.foreignKeys(t)) {
                    inlineAmbiguity(fk, ambiguous);
                }
            }
        }
        return ambiguous;
    }

    private void joinTableAmbiguity(Table joinTable, Set<Long> ambiguous) {
        Table[] models = graph.joinTableModels(joinTable);
        long key = pair(models[0], models[1]);
        if (ambiguous.contains(key)) {
            return;
        }
        for (Table model : models) {
            for (Fk fk : graph.foreignKeys(model)) {
                if (pair(model, fk.referenced) == key) {
                    ambiguous.add(key);
                }
            }
        }
    }

    private void inlineAmbiguity(Fk fk, Set<Long> ambiguous) {
        long key = pair(fk.table, fk.referenced);
        if (ambiguous.contains(key)) {
            return;
        }
        List<List<Fk>> candidates = List.of(graph.foreignKeys(fk.table), graph.foreignKeys(fk.referenced));
        for (List<Fk> list : candidates) {
            for (Fk other : list) {
                boolean distinct = other != fk && (other.table != fk.table || !other.columns().equals(fk.columns()));
                if (distinct && pair(other.table, other.referenced) == key) {
                    ambiguous.add(key);
                    return;
                }
            }
        }
        String defaultFieldName = modelName(fk.referenced);
        for (String column : fk.columns()) {
            if (columnName(column).equals(defaultFieldName)) {
                ambiguous.add(key);
                return;
            }
        }
    }

    private Triple inlineNames(Fk fk, Set<Long> ambiguous) {
        boolean self = fk.isSelfRelation();
        String referencing = modelName(fk.table);
        String referenced = modelName(fk.referenced);
        String prefix = self ? "other_" : "";
        if (!ambiguous.contains(pair(fk.table, fk.referenced))) {
            return new Triple(self ? referencing + "To" + referenced : "", referenced, prefix + referencing);
        }
        StringBuilder name = new StringBuilder(referencing).append('_');
        for (int i = 0; i < fk.columns().size(); i++) {
            if (i > 0) {
                name.append('_');
            }
            name.append(columnName(fk.columns().get(i)));
        }
        name.append("To").append(referenced);
        return new Triple(name.toString(), referenced + "_" + name, prefix + referencing + "_" + name);
    }

    private Triple joinTableNames(Table joinTable, Set<Long> ambiguous) {
        Table[] models = graph.joinTableModels(joinTable);
        boolean self = models[0] == models[1];
        String found = joinTable.name().substring(1);
        String relationName;
        String suffix;
        if (ambiguous.contains(pair(models[0], models[1]))) {
            relationName = found;
            suffix = joinTable.name();
        } else {
            String defaultName = modelName(models[0]) + "To" + modelName(models[1]);
            relationName = found.equals(defaultName) && !self ? "" : found;
            suffix = "";
        }
        return new Triple(relationName, modelName(models[1]) + suffix + (self ? "_A" : ""),
                modelName(models[0]) + suffix + (self ? "_B" : ""));
    }
}
