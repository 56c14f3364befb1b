package dev.shale.psl.validate.connector;

import static dev.shale.psl.validate.connector.Capability.*;

import dev.shale.datamodel.IndexAlgorithm;
import dev.shale.datamodel.Provider;
import dev.shale.datamodel.ReferentialAction;
import dev.shale.datamodel.RelationMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What validation needs to know about one provider (or about none: the connector of a schema
 * without a datasource). Instances are constants; the data follows Prisma 7.10's connectors.
 */
public final class Connector {
    private static final Set<ReferentialAction> ALL_ACTIONS = EnumSet.allOf(ReferentialAction.class);
    private static final Set<ReferentialAction> EMULATED_DEFAULT = EnumSet.of(ReferentialAction.CASCADE,
            ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL);
    private static final Set<ReferentialAction> EMULATED_NO_NO_ACTION = EnumSet.of(ReferentialAction.CASCADE,
            ReferentialAction.RESTRICT, ReferentialAction.SET_NULL);

    public static final Connector POSTGRESQL = new Connector(Provider.POSTGRESQL, "Postgres", "postgresql", 63,
            EnumSet.of(JSON, JSON_LISTS, ENUMS, SCALAR_LISTS, DECIMAL, COMPOUND_IDS, NAMED_PRIMARY_KEYS, NAMED_FOREIGN_KEYS,
                    AUTOINCREMENT, AUTOINCREMENT_ON_NON_ID, AUTOINCREMENT_MULTIPLE, AUTOINCREMENT_NON_INDEXED, MULTI_SCHEMA,
                    IMPLICIT_MANY_TO_MANY, RELATION_FIELDS_IN_ARBITRARY_ORDER, PARTIAL_INDEX),
            ALL_ACTIONS, EMULATED_NO_NO_ACTION,
            List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY),
            EnumSet.allOf(IndexAlgorithm.class), NativeTypes.POSTGRESQL);

    public static final Connector COCKROACHDB = new Connector(Provider.COCKROACHDB, "CockroachDB", "cockroachdb", 63,
            EnumSet.of(JSON, ENUMS, SCALAR_LISTS, DECIMAL, COMPOUND_IDS, NAMED_PRIMARY_KEYS, NAMED_FOREIGN_KEYS, AUTOINCREMENT,
                    AUTOINCREMENT_ON_NON_ID, AUTOINCREMENT_MULTIPLE, AUTOINCREMENT_NON_INDEXED, MULTI_SCHEMA,
                    IMPLICIT_MANY_TO_MANY, RELATION_FIELDS_IN_ARBITRARY_ORDER, PARTIAL_INDEX),
            ALL_ACTIONS, EMULATED_DEFAULT, List.of(ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY),
            EnumSet.of(IndexAlgorithm.BTREE, IndexAlgorithm.GIN), NativeTypes.COCKROACHDB);

    public static final Connector MYSQL = new Connector(Provider.MYSQL, "MySQL", "mysql", 64,
            EnumSet.of(JSON, ENUMS, DECIMAL, COMPOUND_IDS, NAMED_FOREIGN_KEYS, AUTOINCREMENT, AUTOINCREMENT_ON_NON_ID,
                    INDEX_COLUMN_LENGTH_PREFIXING, FULLTEXT_INDEX, MULTIPLE_FULLTEXT_PER_MODEL, IMPLICIT_MANY_TO_MANY,
                    RELATION_FIELDS_IN_ARBITRARY_ORDER),
            ALL_ACTIONS, EMULATED_DEFAULT, List.of(ConstraintScope.GLOBAL_FOREIGN_KEY, ConstraintScope.MODEL_KEY_INDEX),
            EnumSet.of(IndexAlgorithm.BTREE), NativeTypes.MYSQL);

    public static final Connector SQLITE = new Connector(Provider.SQLITE, "sqlite", "sqlite", 10_000,
            EnumSet.of(JSON, ENUMS, DECIMAL, COMPOUND_IDS, AUTOINCREMENT, IMPLICIT_MANY_TO_MANY,
                    RELATION_FIELDS_IN_ARBITRARY_ORDER, PARTIAL_INDEX),
            ALL_ACTIONS, EMULATED_NO_NO_ACTION, List.of(ConstraintScope.GLOBAL_KEY_INDEX),
            EnumSet.of(IndexAlgorithm.BTREE), List.of());

    public static final Connector SQLSERVER = new Connector(Provider.SQLSERVER, "SQL Server", "sqlserver", 128,
            EnumSet.of(DECIMAL, COMPOUND_IDS, NAMED_PRIMARY_KEYS, NAMED_FOREIGN_KEYS, NAMED_DEFAULT_VALUES, AUTOINCREMENT,
                    AUTOINCREMENT_ON_NON_ID, AUTOINCREMENT_MULTIPLE, AUTOINCREMENT_NON_INDEXED, MULTI_SCHEMA,
                    REFERENCE_CYCLE_DETECTION, PRIMARY_KEY_SORT_ORDER, IMPLICIT_MANY_TO_MANY, CLUSTERING, PARTIAL_INDEX),
            EnumSet.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, ReferentialAction.SET_NULL,
                    ReferentialAction.SET_DEFAULT),
            EMULATED_DEFAULT,
            List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX),
            EnumSet.of(IndexAlgorithm.BTREE), NativeTypes.SQLSERVER);

    public static final Connector MONGODB = new Connector(Provider.MONGODB, "MongoDB", "mongodb", 127,
            EnumSet.of(JSON, JSON_LISTS, ENUMS, SCALAR_LISTS, COMPOSITE_TYPES, FULLTEXT_INDEX, SORT_ORDER_IN_FULLTEXT_INDEX,
                    DEFAULT_VALUE_AUTO, TWO_WAY_EMBEDDED_MANY_TO_MANY, RELATION_FIELDS_IN_ARBITRARY_ORDER),
            EnumSet.noneOf(ReferentialAction.class), EMULATED_DEFAULT, List.of(ConstraintScope.MODEL_KEY_INDEX),
            EnumSet.of(IndexAlgorithm.BTREE), NativeTypes.MONGODB);

    /** The connector of a schema without a datasource: permissive, no native types. */
    public static final Connector EMPTY = new Connector(null, "EmptyDatamodelConnector", "Default", Integer.MAX_VALUE,
            EnumSet.of(AUTOINCREMENT, COMPOUND_IDS, ENUMS, JSON, IMPLICIT_MANY_TO_MANY),
            ALL_ACTIONS, EMULATED_DEFAULT, List.of(), EnumSet.of(IndexAlgorithm.BTREE), List.of());

    private final Provider provider;
    private final String name;
    private final String providerName;
    private final int maxIdentifierLength;
    private final Set<Capability> capabilities;
    private final Set<ReferentialAction> foreignKeyActions;
    private final Set<ReferentialAction> emulatedActions;
    private final List<ConstraintScope> scopes;
    private final Set<IndexAlgorithm> indexTypes;
    private final List<NativeTypeSpec> nativeTypes;

    private Connector(Provider provider, String name, String providerName, int maxIdentifierLength,
            Set<Capability> capabilities, Set<ReferentialAction> foreignKeyActions, Set<ReferentialAction> emulatedActions,
            List<ConstraintScope> scopes, Set<IndexAlgorithm> indexTypes, List<NativeTypeSpec> nativeTypes) {
        this.provider = provider;
        this.name = name;
        this.providerName = providerName;
        this.maxIdentifierLength = maxIdentifierLength;
        this.capabilities = Set.copyOf(capabilities);
        this.foreignKeyActions = Set.copyOf(foreignKeyActions);
        this.emulatedActions = Set.copyOf(emulatedActions);
        this.scopes = List.copyOf(scopes);
        this.indexTypes = Set.copyOf(indexTypes);
        this.nativeTypes = List.copyOf(nativeTypes);
    }

    public static Connector of(Provider provider) {
        if (provider == null) {
            return EMPTY;
        }
        return switch (provider) {
            case POSTGRESQL -> POSTGRESQL;
            case COCKROACHDB -> COCKROACHDB;
            case MYSQL -> MYSQL;
            case SQLITE -> SQLITE;
            case SQLSERVER -> SQLSERVER;
            case MONGODB -> MONGODB;
        };
    }

    /** The provider, or null for a schema without a datasource. */
    public Provider provider() {
        return provider;
    }

    public boolean is(Provider other) {
        return provider == other;
    }

    /** The connector's display name in messages: {@code Postgres}, {@code MySQL}, {@code SQL Server}. */
    public String name() {
        return name;
    }

    /** The provider name in "not supported for X connector" messages ({@code Default} without a datasource). */
    public String providerName() {
        return providerName;
    }

    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    public RelationMode defaultRelationMode() {
        return provider == Provider.MONGODB ? RelationMode.PRISMA : RelationMode.FOREIGN_KEYS;
    }

    /** The actions allowed in a relation mode, in Prisma's order (Cascade, Restrict, NoAction, SetNull, SetDefault). */
    public List<ReferentialAction> referentialActions(RelationMode mode) {
        Set<ReferentialAction> set = mode == RelationMode.PRISMA ? emulatedActions : foreignKeyActions;
        return List.of(ReferentialAction.CASCADE, ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION,
                ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT).stream().filter(set::contains).toList();
    }

    public boolean supportsAction(RelationMode mode, ReferentialAction action) {
        return (mode == RelationMode.PRISMA ? emulatedActions : foreignKeyActions).contains(action);
    }

    public boolean emulates(ReferentialAction action) {
        return emulatedActions.contains(action);
    }

    /** PostgreSQL accepts SET NULL on NOT NULL columns (it only fails at run time), so Prisma warns instead of failing. */
    public boolean allowsSetNullOnRequiredFields(RelationMode mode) {
        return provider == Provider.POSTGRESQL && mode == RelationMode.FOREIGN_KEYS;
    }

    public List<ConstraintScope> constraintScopes() {
        return scopes;
    }

    public boolean supportsIndexType(IndexAlgorithm algorithm) {
        return indexTypes.contains(algorithm);
    }

    public NativeTypeSpec nativeType(String typeName) {
        for (NativeTypeSpec spec : nativeTypes) {
            if (spec.name().equals(typeName)) {
                return spec;
            }
        }
        return null;
    }

    /** Whether relation indexes should be suggested under {@code relationMode = "prisma"} (not on MongoDB). */
    public boolean suggestsRelationIndexes() {
        return provider != Provider.MONGODB;
    }

    public boolean supportsShardKeys() {
        return provider == Provider.MYSQL;
    }
}
