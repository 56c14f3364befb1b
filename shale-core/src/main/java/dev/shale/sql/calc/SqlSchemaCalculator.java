package dev.shale.sql.calc;

import dev.shale.ShaleException;
import dev.shale.datamodel.Datamodel;
import dev.shale.datamodel.ImplicitManyToManyRelation;
import dev.shale.datamodel.IndexField;
import dev.shale.datamodel.InlineRelation;
import dev.shale.datamodel.Model;
import dev.shale.datamodel.Provider;
import dev.shale.datamodel.Relation;
import dev.shale.datamodel.ScalarField;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.Value;
import dev.shale.sql.EnumRef;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.IndexKind;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SortOrder;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The database a validated Prisma schema describes, per provider, as Prisma Migrate calculates it:
 * one table per model in model order, then one join table per implicit many-to-many relation;
 * Prisma's default types, defaults and constraint names.
 */
public final class SqlSchemaCalculator {
    private final Datamodel dm;
    private final Provider provider;
    private final String defaultNamespace;
    private final Map<String, EnumType> enumsByPrismaName = new HashMap<>();
    private final List<EnumType> enums = new ArrayList<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Set<String> virtualDefaults = new HashSet<>();

    private SqlSchemaCalculator(Datamodel dm, Provider provider, String defaultNamespace) {
        this.dm = dm;
        this.provider = provider;
        this.defaultNamespace = defaultNamespace;
    }

    /** The database of {@code datamodel}, with PostgreSQL's default schema {@code public}. */
    public static SqlSchema calculate(Datamodel datamodel) {
        return calculate(datamodel, "public").schema();
    }

    /**
     * The database of {@code datamodel} and the defaults only Prisma knows.
     *
     * @param defaultNamespace the PostgreSQL schema of the connection (where models without {@code @@schema} live)
     */
    public static CalculatedSchema calculate(Datamodel datamodel, String defaultNamespace) {
        return calculate(datamodel, datamodel.provider(), defaultNamespace);
    }

    /**
     * The database of {@code datamodel} on {@code p}: for a schema without a datasource block (the
     * database to compare with decides the provider) or to check a schema against another provider.
     */
    public static CalculatedSchema calculate(Datamodel datamodel, Provider p, String defaultNamespace) {
        if (p != Provider.POSTGRESQL && p != Provider.MYSQL && p != Provider.SQLITE) {
            throw ShaleException.usage("Shale migrates PostgreSQL, MySQL/MariaDB and SQLite databases; the provider `"
                    + p.prismaName() + "` is valid Prisma but cannot be migrated by Shale.");
        }
        SqlSchemaCalculator c = new SqlSchemaCalculator(datamodel, p, defaultNamespace);
        c.enums();
        for (Model model : datamodel.models()) {
            c.modelTable(model);
        }
        if (datamodel.relationMode().usesForeignKeys()) {
            c.foreignKeys();
        }
        c.joinTables();
        return new CalculatedSchema(SqlSchema.of(c.namespaces(), List.copyOf(c.tables.values()), c.enums), c.virtualDefaults);
    }

    /**
     * The schemas the database uses: those the datasource lists, else the connection's. They are
     * also the schemas to introspect: a database schema the datasource does not list is not Prisma's.
     */
    private List<String> namespaces() {
        if (provider != Provider.POSTGRESQL) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>(dm.datasource().map(d -> d.schemas()).orElse(List.of()));
        if (names.isEmpty()) {
            names.add(defaultNamespace);
        }
        return List.copyOf(names);
    }

    private void enums() {
        if (provider == Provider.POSTGRESQL) {
            for (dev.shale.datamodel.EnumType e : dm.enums()) {
                EnumType t = new EnumType(e.schema().orElse(null), e.dbName(), e.dbValues());
                enums.add(t);
                enumsByPrismaName.put(e.name(), t);
            }
        } else if (provider == Provider.MYSQL) {
            // MySQL enums are column types: one per enum column, named after the table and column.
            for (Model model : dm.models()) {
                for (ScalarField f : model.scalarFields()) {
                    f.enumName().ifPresent(name -> enums.add(new EnumType(null, model.tableName() + "_" + f.columnName(),
                            dm.findEnum(name).orElseThrow().dbValues())));
                }
            }
        }
    }

    private EnumRef enumRef(Model model, ScalarField f) {
        if (f.enumName().isEmpty()) {
            return null;
        }
        return switch (provider) {
            case POSTGRESQL -> enumsByPrismaName.get(f.enumName().get()).ref();
            case MYSQL -> new EnumRef(null, model.tableName() + "_" + f.columnName(),
                    dm.findEnum(f.enumName().get()).orElseThrow().dbValues());
            default -> null;
        };
    }

    private void modelTable(Model model) {
        List<Column> columns = new ArrayList<>();
        for (ScalarField f : model.scalarFields()) {
            dev.shale.datamodel.EnumType enumType = f.enumName().flatMap(dm::findEnum).orElse(null);
            ColumnDefault d = ColumnCalculator.defaultValue(f, provider, enumType, model.tableName());
            if (provider == Provider.SQLITE && d != null && d.kind() instanceof DefaultKind.Literal l
                    && l.value() instanceof Value.EnumValue e) {
                // SQLite stores enums as TEXT: the default is the value's text.
                d = ColumnDefault.value(new Value.Str(e.value()));
            }
            boolean autoincrement = f.isAutoincrement()
                    || (provider == Provider.SQLITE && model.isSingleFieldId(f.name())
                        && f.scalarType().filter(t -> t == dev.shale.datamodel.ScalarType.INT).isPresent());
            columns.add(new Column(f.columnName(), ColumnCalculator.type(f, provider, enumRef(model, f)),
                    ColumnCalculator.arity(f.arity()), d, autoincrement));
            if (ColumnCalculator.isVirtual(f)) {
                virtualDefaults.add(model.tableName() + "." + f.columnName());
            }
        }
        PrimaryKey pk = model.primaryKey().map(k -> new PrimaryKey(k.constraintName().orElse(null), indexColumns(k.fields())))
                .orElse(null);
        List<dev.shale.datamodel.Index> ordered = new ArrayList<>(model.indexes());
        // Prisma's order: field-level @unique, then @@index, @@unique and @@fulltext blocks, each in schema order.
        ordered.sort(Comparator.comparingInt(SqlSchemaCalculator::indexRank));
        List<Index> indexes = new ArrayList<>();
        for (dev.shale.datamodel.Index i : ordered) {
            indexes.add(new Index(i.constraintName(), kind(i.kind()), indexColumns(i.fields()),
                    i.algorithm().filter(a -> a != dev.shale.datamodel.IndexAlgorithm.BTREE).map(a -> a.sql()).orElse(null),
                    i.where().orElse(null)));
        }
        Table table = new Table(model.schema().orElse(null), model.tableName(), columns, pk, indexes, List.of());
        tables.put(model.name(), table);
    }

    private static int indexRank(dev.shale.datamodel.Index i) {
        if (i.definedOnField()) {
            return 0;
        }
        return switch (i.kind()) {
            case NORMAL -> 1;
            case UNIQUE -> 2;
            case FULLTEXT -> 3;
        };
    }

    private static IndexKind kind(dev.shale.datamodel.IndexKind k) {
        return switch (k) {
            case NORMAL -> IndexKind.NORMAL;
            case UNIQUE -> IndexKind.UNIQUE;
            case FULLTEXT -> IndexKind.FULLTEXT;
        };
    }

    private static List<IndexColumn> indexColumns(List<IndexField> fields) {
        List<IndexColumn> out = new ArrayList<>();
        for (IndexField f : fields) {
            out.add(new IndexColumn(f.columnName(),
                    f.sort().map(s -> s == dev.shale.datamodel.SortOrder.ASC ? SortOrder.ASC : SortOrder.DESC).orElse(null),
                    f.length().isPresent() ? f.length().getAsInt() : null,
                    f.operatorClass().map(o -> o.sql()).orElse(null)));
        }
        return out;
    }

    private void foreignKeys() {
        Map<String, List<ForeignKey>> byModel = new LinkedHashMap<>();
        for (Relation r : dm.relations()) {
            if (!(r instanceof InlineRelation rel)) {
                continue;
            }
            Model referencing = dm.findModel(rel.referencingModel()).orElseThrow();
            Model referenced = dm.findModel(rel.referencedModel()).orElseThrow();
            if (referencing.isView() || referenced.isView()) {
                continue;
            }
            List<String> columns = rel.fields().stream().map(referencing::columnName).toList();
            List<String> refColumns = rel.references().stream().map(referenced::columnName).toList();
            byModel.computeIfAbsent(referencing.name(), k -> new ArrayList<>()).add(new ForeignKey(rel.constraintName(),
                    columns, referenced.schema().orElse(null), referenced.tableName(), refColumns,
                    ForeignKeyAction.valueOf(rel.onDelete().name()), ForeignKeyAction.valueOf(rel.onUpdate().name())));
        }
        byModel.forEach((model, fks) -> tables.computeIfPresent(model, (k, t) -> t.withForeignKeys(fks)));
    }

    private void joinTables() {
        int max = provider.maxIdentifierLength();
        for (Relation r : dm.relations()) {
            if (!(r instanceof ImplicitManyToManyRelation m2m)) {
                continue;
            }
            Model a = dm.findModel(m2m.modelA()).orElseThrow();
            Model b = dm.findModel(m2m.modelB()).orElseThrow();
            if (a.isView() || b.isView()) {
                continue;
            }
            tables.put("\u0000" + m2m.name(), JoinTables.table(m2m, tables.get(a.name()), tables.get(b.name()), provider, max,
                    dm.relationMode().usesForeignKeys()));
        }
    }
}
