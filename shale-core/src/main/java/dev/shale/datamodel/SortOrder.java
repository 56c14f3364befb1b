package dev.shale.datamodel;

/** {@code sort: Asc | Desc} on an index, unique or primary key field. */
public enum SortOrder {
    ASC("Asc"),
    DESC("Desc");

    private final String prismaName;

    SortOrder(String prismaName) {
        this.prismaName = prismaName;
    }

    public String prismaName() {
        return prismaName;
    }
}
