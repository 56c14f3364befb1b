package dev.shale.diff;


/** Creates a namespace (PostgreSQL schema) that tables or enums of the new state live in. */
public record CreateNamespace(String name) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createNamespace(this);
    }

    @Override
    public String description() {
        return "CreateSchema";
    }
}
