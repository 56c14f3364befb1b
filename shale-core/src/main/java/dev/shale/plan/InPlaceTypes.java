package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.sql.Column;
import dev.shale.sql.NativeType;

/**
 * Type changes a database makes in place, without converting or rewriting a row and without losing
 * a value: a longer VARCHAR, VARCHAR to TEXT, a wider NUMERIC. They are safe in the ordinary
 * migration; every other type change gets the add-column, backfill, switch, drop-old sequence.
 */
final class InPlaceTypes {
    /** utf8mb4 VARCHAR up to this many characters keeps a one-byte length prefix (255 bytes / 4). */
    private static final int MYSQL_ONE_BYTE_PREFIX_CHARS = 63;

    private InPlaceTypes() {}

    static boolean isInPlace(DialectCapabilities caps, Column from, Column to) {
        if (from.arity() != to.arity() && (from.arity() == dev.shale.sql.Arity.LIST || to.arity() == dev.shale.sql.Arity.LIST)) {
            return false;
        }
        NativeType a = from.type().nativeType();
        NativeType b = to.type().nativeType();
        if (a == null || b == null || from.type().family() != to.type().family()) {
            return false;
        }
        if (caps.kind() == DatabaseKind.POSTGRESQL) {
            return postgres(a, b);
        }
        if (caps.kind() == DatabaseKind.MYSQL) {
            return mysql(a, b);
        }
        return false;
    }

    private static boolean postgres(NativeType a, NativeType b) {
        if (a.name().equals("VarChar") && b.name().equals("VarChar")) {
            return b.arg() == null || (a.arg() != null && b.arg() >= a.arg());
        }
        if (a.name().equals("VarChar") && b.name().equals("Text")) {
            return true;
        }
        if (a.name().equals("Decimal") && b.name().equals("Decimal")) {
            if (b.args().isEmpty()) {
                return true;
            }
            return a.args().size() == 2 && b.args().size() == 2 && b.args().get(1).equals(a.args().get(1))
                    && b.args().get(0) >= a.args().get(0);
        }
        return false;
    }

    private static boolean mysql(NativeType a, NativeType b) {
        if (a.name().equals("VarChar") && b.name().equals("VarChar") && a.arg() != null && b.arg() != null) {
            boolean samePrefix = (a.arg() <= MYSQL_ONE_BYTE_PREFIX_CHARS) == (b.arg() <= MYSQL_ONE_BYTE_PREFIX_CHARS);
            return b.arg() >= a.arg() && samePrefix;
        }
        return false;
    }
}
