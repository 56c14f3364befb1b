package dev.shale.diff;

import dev.shale.dialect.Capability;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.EnumRef;
import dev.shale.sql.NativeType;
import dev.shale.sql.TypeFamily;
import java.util.Objects;

/**
 * Whether a column's type changed, and how the change can be made (safe cast, risky cast, or drop
 * and recreate), per database. The tables follow Prisma's so the same change gives the same SQL and
 * the same warnings.
 */
final class TypeCasts {
    private TypeCasts() {}

    /** The type change between two versions of a column, or {@code null} when the type is the same. */
    static TypeChange change(Column from, Column to, DialectCapabilities caps) {
        return switch (caps.kind()) {
            case POSTGRESQL -> postgres(from, to, caps.defaultNamespace());
            case SQLITE -> sqlite(from, to);
            case MYSQL -> MysqlCasts.change(from, to, caps.has(Capability.JSON_IS_LONGTEXT));
        };
    }

    private static TypeChange sqlite(Column from, Column to) {
        TypeFamily a = from.type().family();
        TypeFamily b = to.type().family();
        if (a == b && Objects.equals(from.type().unsupported(), to.type().unsupported())) {
            return null;
        }
        return b == TypeFamily.STRING ? TypeChange.SAFE_CAST : TypeChange.RISKY_CAST;
    }

    private static TypeChange postgres(Column from, Column to, String defaultNamespace) {
        EnumRef a = from.type().enumRef();
        EnumRef b = to.type().enumRef();
        if (a != null || b != null) {
            if (a != null && b != null && a.name().equals(b.name())
                    && Objects.equals(ns(a.namespace(), defaultNamespace), ns(b.namespace(), defaultNamespace))) {
                return null;
            }
            return TypeChange.NOT_CASTABLE;
        }
        NativeType prev = from.type().nativeType();
        NativeType next = to.type().nativeType();
        boolean listToScalar = from.arity() == Arity.LIST && to.arity() != Arity.LIST;
        boolean scalarToList = from.arity() != Arity.LIST && to.arity() == Arity.LIST;
        String nextName = next == null ? "" : next.name();
        if (listToScalar) {
            if (nextName.equals("Text") || (nextName.equals("VarChar") && next.args().isEmpty())) {
                return TypeChange.SAFE_CAST;
            }
            if (nextName.equals("VarChar") || nextName.equals("Char")) {
                return TypeChange.RISKY_CAST;
            }
        }
        if (listToScalar || scalarToList) {
            return TypeChange.NOT_CASTABLE;
        }
        if (prev != null && next != null) {
            return PostgresCasts.change(prev, next);
        }
        if (prev == null && next == null) {
            // Prisma does not compare two unsupported types (it compares the old one with itself).
            return null;
        }
        return TypeChange.RISKY_CAST;
    }

    private static String ns(String namespace, String defaultNamespace) {
        return namespace == null ? defaultNamespace : namespace;
    }
}
