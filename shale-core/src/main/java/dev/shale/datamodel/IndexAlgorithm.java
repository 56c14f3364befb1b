package dev.shale.datamodel;

/** {@code type:} of an {@code @@index} (PostgreSQL, CockroachDB). */
public enum IndexAlgorithm {
    BTREE("BTree", "BTREE"),
    HASH("Hash", "HASH"),
    GIST("Gist", "GIST"),
    GIN("Gin", "GIN"),
    SPGIST("SpGist", "SPGIST"),
    BRIN("Brin", "BRIN");

    private final String prismaName;
    private final String sql;

    IndexAlgorithm(String prismaName, String sql) {
        this.prismaName = prismaName;
        this.sql = sql;
    }

    public String prismaName() {
        return prismaName;
    }

    /** The name after {@code USING} in PostgreSQL. */
    public String sql() {
        return sql;
    }
}
