package dev.shale.pull;

import dev.shale.datamodel.DefaultValue;
import dev.shale.datamodel.EnumType;
import dev.shale.datamodel.FieldType;
import dev.shale.datamodel.Model;
import dev.shale.datamodel.ScalarField;
import dev.shale.db.DatabaseKind;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Everything one introspection needs about the database and the existing schema: names, types and
 * defaults of columns, and which tables are ignored.
 */
final class PullContext {
    final DatabaseKind kind;
    final SqlSchema schema;
    final TableGraph graph;
    final Previous previous;
    final NameResolver names;
    final RelationNaming relationNames;
    final DatabaseDetails details;
    final String datasourceName;
    final boolean foreignKeys;
    final boolean views;
    final PullWarnings warnings = new PullWarnings();
    final Enums enums;
    /** The database's identifier limit, to which Prisma cuts its default constraint names. */
    final int maxIdentifier;
    private final java.util.Map<String, List<String>> opaqueByKind = new java.util.HashMap<>();

    PullContext(DatabaseKind kind, SqlSchema schema, Previous previous, DatabaseDetails details, String datasourceName,
            boolean foreignKeys, boolean views) {
        this.kind = kind;
        this.schema = schema;
        this.graph = new TableGraph(schema, kind);
        this.previous = previous;
        this.names = new NameResolver(previous);
        this.relationNames = new RelationNaming(graph);
        this.details = details;
        this.datasourceName = datasourceName;
        this.foreignKeys = foreignKeys;
        this.views = views;
        this.enums = new Enums(this);
        for (dev.shale.sql.OpaqueObject o : schema.opaque()) {
            opaqueByKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o.name());
        }
        this.maxIdentifier = dev.shale.datamodel.Provider.fromSchema(kind.prismaProvider()).orElseThrow().maxIdentifierLength();
    }

    Optional<Model> previousModel(Table t) {
        return names.previousModel(t);
    }

    /** {@code @@ignore}: kept from the existing schema, or set for a table without a usable identifier. */
    boolean ignored(Table t) {
        return ignoredInPrevious(t) || (!TableGraph.hasUsableIdentifier(t) && !t.columns().isEmpty());
    }

    boolean ignoredInPrevious(Table t) {
        return previousModel(t).map(Model::ignored).orElse(false);
    }

    PrismaTypes.Info type(Table t, Column c) {
        return PrismaTypes.of(kind, c, details.declaredType(t.name(), c.name()));
    }

    /** The Prisma type name of a column: scalar, enum or the database type of an unsupported one. */
    String prismaType(Table t, Column c) {
        PrismaTypes.Info info = type(t, c);
        if (info.family() == TypeFamily.ENUM) {
            return enums.name(c.type().enumRef()).name();
        }
        Optional<ScalarField> prev = names.previousField(t, c);
        if (kind == DatabaseKind.SQLITE && info.family() == TypeFamily.STRING && prev.isPresent()
                && prev.get().type() instanceof FieldType.EnumRef ref && previous.enumByName(ref.name()).isPresent()) {
            return ref.name();
        }
        return info.prismaType();
    }

    /** SQLite stores enums as text: a field the existing schema typed with an enum keeps it. */
    Optional<EnumType> sqliteEnum(Table t, Column c) {
        if (kind != DatabaseKind.SQLITE) {
            return Optional.empty();
        }
        return names.previousField(t, c).flatMap(f -> f.type() instanceof FieldType.EnumRef ref
                ? previous.enumByName(ref.name()) : Optional.empty());
    }

    /** The default as Prisma classifies it, or {@code null}. */
    PrismaDefault defaultValue(Table t, Column c) {
        PrismaTypes.Info info = type(t, c);
        TypeFamily family = info.family();
        if ((family == TypeFamily.INT || family == TypeFamily.BIGINT) && c.autoincrement()) {
            return new PrismaDefault.Autoincrement();
        }
        PrismaDefault d = details.present() ? fromRaw(t, c, family) : fromTyped(c.defaultValue(), family);
        if (d instanceof PrismaDefault.Now && family != TypeFamily.DATETIME) {
            return null;
        }
        if (d == null && (family == TypeFamily.STRING || family == TypeFamily.UUID)) {
            return clientDefault(t, c);
        }
        return d;
    }

    private PrismaDefault fromRaw(Table t, Column c, TypeFamily family) {
        String raw = details.rawDefault(t.name(), c.name());
        if (raw == null) {
            return null;
        }
        return switch (kind) {
            case POSTGRESQL -> PostgresDefaultParser.parse(raw, family, c.arity() == dev.shale.sql.Arity.LIST);
            case SQLITE -> SqliteDefaultParser.parse(raw, family);
            case MYSQL -> MysqlDefaultParser.parse(raw, details.extra(t.name(), c.name()), family, details.mariadb());
        };
    }

    /** A default from Shale's typed model, for schemas that did not come with database details. */
    static PrismaDefault fromTyped(ColumnDefault d, TypeFamily family) {
        if (d == null) {
            return null;
        }
        DefaultKind k = d.kind();
        if (k instanceof DefaultKind.SequenceNext) {
            return new PrismaDefault.Autoincrement();
        }
        if (k instanceof DefaultKind.Now) {
            return new PrismaDefault.Now();
        }
        if (k instanceof DefaultKind.DbGenerated g) {
            return new PrismaDefault.DbGenerated(g.expression());
        }
        return fromValue(((DefaultKind.Literal) k).value(), family);
    }

    private static PrismaDefault fromValue(Value v, TypeFamily family) {
        if (v instanceof Value.Str s) {
            return new PrismaDefault.Text(s.value());
        }
        if (v instanceof Value.Int i) {
            return new PrismaDefault.Constant(Long.toString(i.value()));
        }
        if (v instanceof Value.Float f) {
            return new PrismaDefault.Constant(Decimals.display(f.value()));
        }
        if (v instanceof Value.Bool b) {
            return new PrismaDefault.Constant(Boolean.toString(b.value()));
        }
        if (v instanceof Value.EnumValue e) {
            return new PrismaDefault.EnumValue(e.value());
        }
        if (v instanceof Value.Json j) {
            return new PrismaDefault.Text(j.value());
        }
        if (v instanceof Value.Bytes b) {
            return new PrismaDefault.Bytes(HexFormat.of().parseHex(b.hex()));
        }
        if (v instanceof Value.DateTime dt) {
            return new PrismaDefault.Constant(dt.value());
        }
        List<PrismaDefault> items = new ArrayList<>();
        for (Value item : ((Value.ListValue) v).values()) {
            items.add(fromValue(item, family));
        }
        return new PrismaDefault.ListOf(items);
    }

    /** {@code cuid()}, {@code uuid()}, {@code nanoid()}, {@code ulid()}: Prisma Client fills them in; the existing schema keeps them. */
    private PrismaDefault clientDefault(Table t, Column c) {
        Optional<ScalarField> prev = names.previousField(t, c);
        if (prev.isEmpty() || prev.get().defaultValue().isEmpty()) {
            return null;
        }
        DefaultValue v = prev.get().defaultValue().get().value();
        if (v instanceof DefaultValue.Cuid || v instanceof DefaultValue.Uuid || v instanceof DefaultValue.Nanoid
                || v instanceof DefaultValue.Ulid) {
            return new PrismaDefault.ClientFunction(((DefaultValue.Function) v).render());
        }
        return null;
    }

    /** The names of the objects of one kind the introspection kept opaque ({@code expression index on table "T"}). */
    List<String> opaque(String kind) {
        return opaqueByKind.getOrDefault(kind, List.of());
    }

    /** Whether an existing model's table (or view) is still in the database. */
    boolean modelStillExists(Model m) {
        if (m.isView()) {
            return details.views().stream().anyMatch(v -> v.name().equals(m.tableName()));
        }
        return graph.hasTable(m.tableName());
    }
}
