package dev.shale.pull;

import dev.shale.datamodel.EnumType;
import dev.shale.datamodel.EnumValue;
import dev.shale.datamodel.FieldType;
import dev.shale.datamodel.ScalarField;
import dev.shale.db.DatabaseKind;
import dev.shale.sql.Column;
import dev.shale.sql.EnumRef;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The database's enums as schema enums: matched to the existing schema's enums (PostgreSQL by
 * database name, MySQL through the column that uses them), named, and rendered in the existing
 * order with new ones after it. SQLite has no enums of its own: the existing schema's enums are kept.
 */
final class Enums {
    private final PullContext ctx;
    private final Map<String, Optional<EnumType>> matched = new HashMap<>();
    /** MySQL: each enum's column (its enums are named after it), and the column's position in its table. */
    private final Map<String, Table> enumTables = new HashMap<>();
    private final Map<String, Column> enumColumns = new HashMap<>();
    private final Map<String, Integer> enumPositions = new HashMap<>();

    Enums(PullContext ctx) {
        this.ctx = ctx;
        for (Table t : ctx.graph.tables()) {
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                if (c.type().family() == TypeFamily.ENUM) {
                    String name = c.type().enumRef().name();
                    enumTables.putIfAbsent(name, t);
                    enumColumns.putIfAbsent(name, c);
                    enumPositions.putIfAbsent(name, i);
                }
            }
        }
    }

    private static String key(EnumRef ref) {
        return Objects.toString(ref.namespace(), "") + "\u0000" + ref.name();
    }

    /** The existing enum this database enum is. */
    Optional<EnumType> previous(EnumRef ref) {
        return matched.computeIfAbsent(key(ref), k -> findPrevious(ref));
    }

    private Optional<EnumType> findPrevious(EnumRef ref) {
        if (ctx.previous.isEmpty()) {
            return Optional.empty();
        }
        if (ctx.kind != DatabaseKind.MYSQL) {
            return ctx.previous.enumByDbName(ref.name());
        }
        // MySQL enums belong to one column: the field on that column names the enum, if the values agree.
        Table t = enumTables.get(ref.name());
        if (t == null) {
            return Optional.empty();
        }
        Optional<ScalarField> f = ctx.names.previousField(t, enumColumns.get(ref.name()));
        if (f.isPresent() && f.get().type() instanceof FieldType.EnumRef er) {
            Optional<EnumType> e = ctx.previous.enumByName(er.name());
            if (e.isPresent() && e.get().dbValues().equals(ref.values())) {
                return e;
            }
        }
        return Optional.empty();
    }

    PslName name(EnumRef ref) {
        Optional<EnumType> prev = previous(ref);
        if (prev.isPresent()) {
            EnumType e = prev.get();
            return new PslName(e.name(), e.dbName().equals(e.name()) ? null : e.dbName(), true);
        }
        return NameResolver.fromDatabaseType(ref.name());
    }

    PslName valueName(EnumRef ref, String dbValue) {
        Optional<EnumValue> v = previous(ref).flatMap(e -> e.values().stream().filter(x -> x.dbName().equals(dbValue)).findFirst());
        return NameResolver.enumValue(v, dbValue);
    }

    /** An enum block to render, with its position and file in the existing schema (-1 and {@code null} when new). */
    record Block(int position, String text, String file) {}

    /** The enum blocks in output order; warnings are recorded on the way. */
    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        if (ctx.kind == DatabaseKind.SQLITE) {
            for (EnumType e : ctx.previous.enums()) {
                blocks.add(new Block(ctx.previous.enumPosition(e), keptEnum(e), e.span().file()));
            }
            return blocks;
        }
        Map<Integer, Boolean> seen = new LinkedHashMap<>();
        for (dev.shale.sql.EnumType e : sqlEnums()) {
            EnumRef ref = e.ref();
            Optional<EnumType> prev = previous(ref);
            int position = prev.map(ctx.previous::enumPosition).orElse(-1);
            String text = render(ref, prev);
            if (position >= 0 && seen.put(position, true) != null) {
                continue; // MySQL: several columns share one schema enum
            }
            blocks.add(new Block(position, text, prev.map(x -> x.span().file()).orElse(null)));
        }
        blocks.sort((a, b) -> compareNoneLast(a.position(), b.position()));
        return blocks;
    }

    /** PostgreSQL: every enum type; MySQL: those of table columns, in column position order. */
    private List<dev.shale.sql.EnumType> sqlEnums() {
        if (ctx.kind == DatabaseKind.POSTGRESQL) {
            List<dev.shale.sql.EnumType> list = new ArrayList<>(ctx.schema.enums());
            list.sort((a, b) -> TableGraph.compareBytes(a.name(), b.name()));
            return list;
        }
        List<dev.shale.sql.EnumType> out = new ArrayList<>();
        List<int[]> order = new ArrayList<>();
        for (dev.shale.sql.EnumType e : ctx.schema.enums()) {
            order.add(new int[] {position(e), out.size()});
            out.add(e);
        }
        order.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<dev.shale.sql.EnumType> sorted = new ArrayList<>();
        for (int[] o : order) {
            sorted.add(out.get(o[1]));
        }
        return sorted;
    }

    private int position(dev.shale.sql.EnumType e) {
        return enumPositions.getOrDefault(e.name(), Integer.MAX_VALUE);
    }

    static int compareNoneLast(int a, int b) {
        if (a >= 0 && b >= 0) {
            return Integer.compare(a, b);
        }
        if (a >= 0) {
            return -1;
        }
        return b >= 0 ? 1 : 0;
    }

    private String render(EnumRef ref, Optional<EnumType> prev) {
        PslName name = name(ref);
        if (name.fromPrevious() && name.mapped() != null) {
            ctx.warnings.remappedEnum(name.name());
        }
        StringBuilder sb = new StringBuilder();
        prev.flatMap(EnumType::documentation).ifPresent(d -> Docs.append(sb, d, ""));
        sb.append("enum ").append(name.name()).append(" {\n");
        List<String> values = new ArrayList<>(ref.values());
        for (String dbValue : values) {
            PslName v = valueName(ref, dbValue);
            String valueName = v.name().isEmpty() ? dbValue : v.name();
            prev.flatMap(e -> e.values().stream().filter(x -> x.dbName().equals(dbValue)).findFirst())
                    .flatMap(EnumValue::documentation).ifPresent(d -> Docs.append(sb, d, "  "));
            boolean commented = valueName.isEmpty() || Names.needsSanitation(valueName);
            if (commented) {
                ctx.warnings.enumValueWithEmptyName(name.name(), valueName);
            } else if (v.fromPrevious() && v.mapped() != null) {
                ctx.warnings.remappedValue(name.name(), valueName);
            }
            sb.append("  ").append(commented ? "// " : "").append(valueName);
            if (v.mapped() != null) {
                sb.append(" @map(").append(PslText.quote(v.mapped())).append(')');
            }
            sb.append('\n');
        }
        if (name.mapped() != null) {
            sb.append("  @@map(").append(PslText.quote(name.mapped())).append(")\n");
        }
        return sb.append("}\n").toString();
    }

    /** An existing enum on SQLite, kept as the schema wrote it. */
    private static String keptEnum(EnumType e) {
        StringBuilder sb = new StringBuilder();
        e.documentation().ifPresent(d -> Docs.append(sb, d, ""));
        sb.append("enum ").append(e.name()).append(" {\n");
        for (EnumValue v : e.values()) {
            v.documentation().ifPresent(d -> Docs.append(sb, d, "  "));
            sb.append("  ").append(v.name());
            if (!v.dbName().equals(v.name())) {
                sb.append(" @map(").append(PslText.quote(v.dbName())).append(')');
            }
            sb.append('\n');
        }
        if (!e.dbName().equals(e.name())) {
            sb.append("  @@map(").append(PslText.quote(e.dbName())).append(")\n");
        }
        return sb.append("}\n").toString();
    }
}
