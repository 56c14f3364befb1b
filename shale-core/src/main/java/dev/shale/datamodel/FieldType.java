package dev.shale.datamodel;

import java.util.Objects;

/** The type of a scalar field: a Prisma scalar, an enum, a composite type or {@code Unsupported("...")}. */
public sealed interface FieldType permits ScalarType, FieldType.EnumRef, FieldType.CompositeRef, FieldType.Unsupported {

    /** The type as written in the schema ({@code String}, {@code Role}, {@code Unsupported("point")}). */
    String schemaName();

    /** A field whose type is the enum {@code name}. */
    record EnumRef(String name) implements FieldType {
        public EnumRef {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String schemaName() {
            return name;
        }
    }

    /** A field whose type is the composite type {@code name} (MongoDB only). */
    record CompositeRef(String name) implements FieldType {
        public CompositeRef {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String schemaName() {
            return name;
        }
    }

    /** {@code Unsupported("dbType")}: a database type Prisma has no scalar for; kept as written. */
    record Unsupported(String dbType) implements FieldType {
        public Unsupported {
            Objects.requireNonNull(dbType, "dbType");
        }

        @Override
        public String schemaName() {
            return "Unsupported(\"" + dbType + "\")";
        }
    }
}
