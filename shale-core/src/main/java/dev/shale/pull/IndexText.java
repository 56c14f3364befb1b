package dev.shale.pull;

import dev.shale.datamodel.ConstraintNames;
import dev.shale.datamodel.OperatorClass;
import dev.shale.db.DatabaseKind;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.IndexKind;
import dev.shale.sql.SortOrder;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Indexes, unique constraints and primary keys written as Prisma attributes. */
final class IndexText {
    private final PullContext ctx;

    IndexText(PullContext ctx) {
        this.ctx = ctx;
    }


    /** The database name of an index when it is not Prisma's default name ({@code Table_a_b_key}, {@code Table_a_idx}). */
    String mappedName(Table t, Index i) {
        String def = i.kind() == IndexKind.UNIQUE ? ConstraintNames.uniqueIndexName(t.name(), i.columnNames(), ctx.maxIdentifier)
                : ConstraintNames.indexName(t.name(), i.columnNames(), ctx.maxIdentifier);
        return i.name() == null || i.name().equals(def) ? null : i.name();
    }

    /** The primary key's name when it is not {@code Table_pkey} (only databases that name primary keys). */
    String mappedPrimaryKeyName(Table t) {
        String name = t.primaryKey().name();
        if (name == null || name.isEmpty() || ctx.kind != DatabaseKind.POSTGRESQL) {
            return null;
        }
        return name.equals(ConstraintNames.primaryKeyName(t.name(), ctx.maxIdentifier)) ? null : name;
    }

    /** {@code length: 10}, {@code sort: Desc}, {@code ops: JsonbPathOps} of one indexed column. */
    List<String> columnArgs(IndexColumn c, boolean withOps) {
        List<String> args = new ArrayList<>();
        if (c.length() != null) {
            args.add("length: " + c.length());
        }
        if (c.sortOrder() == SortOrder.DESC) {
            args.add("sort: Desc");
        }
        if (withOps && ctx.kind == DatabaseKind.POSTGRESQL && c.operatorClass() != null) {
            args.add("ops: " + ops(c.operatorClass()));
        }
        return args;
    }

    /** {@code [a, b(sort: Desc)]}. */
    String fieldList(Table t, List<IndexColumn> columns, boolean withOps) {
        List<String> items = new ArrayList<>();
        for (IndexColumn c : columns) {
            String name = ctx.names.field(t, t.column(c.column()).orElseThrow()).name();
            List<String> args = columnArgs(c, withOps);
            items.add(args.isEmpty() ? name : name + "(" + String.join(", ", args) + ")");
        }
        return PslText.list(items);
    }

    /** A block attribute for a plain, unique or full-text index. */
    String blockIndex(Table t, Index i, Optional<dev.shale.datamodel.Index> previous) {
        String keyword = switch (i.kind()) {
            case UNIQUE -> "@@unique";
            case FULLTEXT -> "@@fulltext";
            case NORMAL -> "@@index";
        };
        List<String> args = new ArrayList<>();
        args.add(fieldList(t, i.columns(), true));
        previous.flatMap(dev.shale.datamodel.Index::name).filter(n -> i.kind() == IndexKind.UNIQUE)
                .ifPresent(n -> args.add("name: " + PslText.quote(n)));
        String map = mappedName(t, i);
        if (map != null) {
            args.add("map: " + PslText.quote(map));
        }
        if (ctx.kind == DatabaseKind.POSTGRESQL && i.algorithm() != null) {
            args.add("type: " + algorithm(i.algorithm()));
        }
        if (i.predicate() != null) {
            args.add("where: raw(" + PslText.quote(i.predicate()) + ")");
        }
        return keyword + "(" + String.join(", ", args) + ")";
    }

    /** {@code @unique(map: ..., sort: Desc, length: 10, where: raw(...))}, or plain {@code @unique}. */
    String fieldUnique(Table t, Index i) {
        List<String> args = new ArrayList<>();
        String map = mappedName(t, i);
        if (map != null) {
            args.add("map: " + PslText.quote(map));
        }
        IndexColumn c = i.columns().get(0);
        if (c.sortOrder() == SortOrder.DESC) {
            args.add("sort: Desc");
        }
        if (c.length() != null) {
            args.add("length: " + c.length());
        }
        if (i.predicate() != null) {
            args.add("where: raw(" + PslText.quote(i.predicate()) + ")");
        }
        return args.isEmpty() ? "@unique" : "@unique(" + String.join(", ", args) + ")";
    }

    /** {@code @id(sort: Desc, length: 10, map: ...)}, or plain {@code @id}. */
    String fieldId(Table t) {
        List<String> args = new ArrayList<>();
        IndexColumn c = t.primaryKey().columns().get(0);
        if (c.sortOrder() == SortOrder.DESC) {
            args.add("sort: Desc");
        }
        if (c.length() != null) {
            args.add("length: " + c.length());
        }
        String map = mappedPrimaryKeyName(t);
        if (map != null) {
            args.add("map: " + PslText.quote(map));
        }
        return args.isEmpty() ? "@id" : "@id(" + String.join(", ", args) + ")";
    }

    /** {@code @@id([a, b], name: ..., map: ...)}. */
    String blockId(Table t, Optional<String> previousName) {
        List<String> args = new ArrayList<>();
        args.add(fieldList(t, t.primaryKey().columns(), false));
        previousName.ifPresent(n -> args.add("name: " + PslText.quote(n)));
        String map = mappedPrimaryKeyName(t);
        if (map != null) {
            args.add("map: " + PslText.quote(map));
        }
        return "@@id(" + String.join(", ", args) + ")";
    }

    static String algorithm(String am) {
        return switch (am.toUpperCase(Locale.ROOT)) {
            case "HASH" -> "Hash";
            case "GIST" -> "Gist";
            case "GIN" -> "Gin";
            case "SPGIST" -> "SpGist";
            case "BRIN" -> "Brin";
            default -> "BTree";
        };
    }

    /** A known operator class by its Prisma name ({@code JsonbPathOps}), else {@code raw("...")}. */
    static String ops(String sqlName) {
        StringBuilder candidate = new StringBuilder();
        for (String part : sqlName.split("_")) {
            String p = switch (part) {
                case "minmax" -> "MinMax";
                case "timestamptz" -> "TimestampTz";
                case "timetz" -> "TimeTz";
                case "varbit" -> "VarBit";
                default -> part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1);
            };
            candidate.append(p);
        }
        String name = candidate.toString();
        if (OperatorClass.isKnown(name) && new OperatorClass(name, false).sql().equals(sqlName)) {
            return name;
        }
        return "raw(" + PslText.quote(sqlName) + ")";
    }
}
