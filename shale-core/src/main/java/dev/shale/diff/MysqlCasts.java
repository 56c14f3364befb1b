package dev.shale.diff;

import dev.shale.sql.Column;
import dev.shale.sql.EnumRef;
import dev.shale.sql.NativeType;
import dev.shale.sql.TypeFamily;
import java.util.Set;

/** MySQL and MariaDB: how one native type converts to another (Prisma's table, grouped). */
final class MysqlCasts {
    private static final TypeChange S = TypeChange.SAFE_CAST;
    private static final TypeChange R = TypeChange.RISKY_CAST;
    private static final TypeChange N = TypeChange.NOT_CASTABLE;

    private static final Set<String> UNSIGNED = Set.of("UnsignedInt", "UnsignedSmallInt", "UnsignedTinyInt",
            "UnsignedMediumInt", "UnsignedBigInt");
    private static final Set<String> BLOBS = Set.of("TinyBlob", "Blob", "MediumBlob", "LongBlob");
    private static final Set<String> TEXTS = Set.of("TinyText", "Text", "MediumText", "LongText");
    /** Character and binary types with a length. */
    private static final Set<String> SIZED_STRINGS = Set.of("Binary", "Char", "VarBinary", "VarChar");
    private static final Set<String> DATES = Set.of("Date", "DateTime", "Timestamp");

    private MysqlCasts() {}

    static TypeChange change(Column from, Column to, boolean mariadb) {
        NativeType prev = from.type().nativeType();
        NativeType next = to.type().nativeType();
        if (mariadb) {
            // On MariaDB, JSON is an alias for LONGTEXT.
            if (prev != null && next != null) {
                if (prev.name().equals("LongText") && next.name().equals("Json")) {
                    return null;
                }
            } else if (from.type().family() == TypeFamily.STRING && to.type().family() == TypeFamily.JSON) {
                return null;
            }
        }
        EnumRef a = from.type().enumRef();
        EnumRef b = to.type().enumRef();
        if (a != null && b != null) {
            if (a.values().equals(b.values())) {
                return null;
            }
            return b.values().containsAll(a.values()) ? S : R;
        }
        if (a != null || b != null) {
            return R;
        }
        if (prev == null || next == null) {
            return null;
        }
        return nativeChange(prev, next);
    }

    private static boolean stringy(String n) {
        return SIZED_STRINGS.contains(n) || BLOBS.contains(n) || TEXTS.contains(n);
    }

    private static int compareOptional(Integer a, Integer b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : Integer.compare(a, b);
    }

    static TypeChange nativeChange(NativeType previous, NativeType next) {
        String p = previous.name();
        String n = next.name();
        Integer pa = previous.arg();
        Integer na = next.arg();
        switch (p) {
            case "BigInt":
                if (n.equals("BigInt")) {
                    return null;
                }
                if (n.equals("Decimal")) {
                    return next.args().size() == 2 && next.args().get(0) - next.args().get(1) >= 20 ? S : N;
                }
                if (stringy(n) || n.equals("Bit") || n.equals("Double") || n.equals("Float") || n.equals("Time")) {
                    return S;
                }
                if (DATES.contains(n) || n.equals("Json")) {
                    return N;
                }
                return R;
            case "Binary":
                if (n.equals("Binary")) {
                    return na.equals(pa) ? null : na > pa ? S : R;
                }
                if (n.equals("Bit")) {
                    return na >= pa * 8 ? S : R;
                }
                if (stringy(n) || n.equals("Decimal") || n.equals("Double") || n.equals("Float") || n.equals("MediumInt")) {
                    return S;
                }
                if (DATES.contains(n) || n.equals("Json")) {
                    return N;
                }
                return R;
            case "Bit":
                if (n.equals("Bit")) {
                    return na.equals(pa) ? null : pa < na ? S : R;
                }
                if (n.equals("BigInt") || n.equals("UnsignedBigInt")) {
                    return pa == 64 ? S : R;
                }
                if (n.equals("Binary")) {
                    return pa >= 8 * na ? S : N;
                }
                if (n.equals("Decimal") || n.equals("Double") || n.equals("Float")) {
                    return R;
                }
                if (DATES.contains(n) || n.equals("Time") || n.equals("Json")) {
                    return N;
                }
                return S;
            case "TinyBlob":
            case "Blob":
            case "MediumBlob":
            case "LongBlob":
                if (n.equals(p)) {
                    return null;
                }
                if (BLOBS.contains(n)) {
                    return S;
                }
                return SIZED_STRINGS.contains(n) || TEXTS.contains(n) || n.equals("Bit") ? R : N;
            case "Char":
                if (n.equals("Char") && na.equals(pa)) {
                    return null;
                }
                if (SIZED_STRINGS.contains(n)) {
                    return na >= pa ? S : R;
                }
                return BLOBS.contains(n) || TEXTS.contains(n) ? S : R;
            case "VarChar":
                if (n.equals("VarChar") && na.equals(pa)) {
                    return null;
                }
                if (SIZED_STRINGS.contains(n)) {
                    return na >= pa ? S : R;
                }
                return BLOBS.contains(n) || TEXTS.contains(n) ? S : R;
            case "Date":
                if (n.equals("Date")) {
                    return null;
                }
                switch (n) {
                    case "DateTime": case "BigInt": case "UnsignedBigInt": case "Int": case "UnsignedInt":
                    case "Decimal": case "Float": case "Double": case "Bit":
                        return S;
                    default:
                        return stringy(n) ? S : N;
                }
            case "DateTime":
            case "Timestamp":
                if (n.equals(p)) {
                    int c = compareOptional(pa, na);
                    return c < 0 ? S : c > 0 ? R : null;
                }
                if (stringy(n) || n.equals("BigInt") || n.equals("UnsignedBigInt") || (n.equals("Bit") && na == 64)) {
                    return S;
                }
                if (DATES.contains(n) || n.equals("Time")) {
                    return S;
                }
                return N;
            case "Decimal":
                if (n.equals("Decimal")) {
                    return previous.equals(next) ? null : R;
                }
                if (stringy(n)) {
                    return S;
                }
                return DATES.contains(n) ? N : R;
            case "Double":
            case "Float":
                if (n.equals(p)) {
                    return null;
                }
                if (n.equals("Double") || n.equals("Float")) {
                    return S;
                }
                if (n.equals("Bit")) {
                    return na >= (p.equals("Double") ? 64 : 32) ? S : N;
                }
                if (SIZED_STRINGS.contains(n)) {
                    return na >= 32 ? R : N;
                }
                if (DATES.contains(n)) {
                    return N;
                }
                return S;
            case "Int":
            case "MediumInt":
                if (n.equals(p)) {
                    return null;
                }
                if (n.equals("BigInt") || stringy(n)) {
                    return S;
                }
                if (n.equals("Bit")) {
                    return na >= 32 ? S : R;
                }
                if (DATES.contains(n) || n.equals("Time") || n.equals("Json")) {
                    return N;
                }
                return R;
            case "SmallInt":
            case "TinyInt":
                if (n.equals(p)) {
                    return null;
                }
                if (n.equals("MediumInt") || n.equals("Int") || n.equals("BigInt") || n.equals("Time")
                        || (p.equals("TinyInt") && n.equals("SmallInt"))) {
                    return S;
                }
                if (n.equals("Decimal") || DATES.contains(n) || n.equals("Json")) {
                    return N;
                }
                return R;
            case "Json":
                if (n.equals("Json")) {
                    return null;
                }
                return stringy(n) ? S : N;
            case "TinyText":
            case "Text":
            case "MediumText":
            case "LongText":
                if (n.equals(p)) {
                    return null;
                }
                if (n.equals("TinyText") || n.equals("TinyBlob")) {
                    return R;
                }
                return stringy(n) || n.equals("Bit") ? S : R;
            case "Time":
                if (n.equals("Time")) {
                    if ((na == null && (pa == null || pa == 0)) || java.util.Objects.equals(pa, na)) {
                        return null;
                    }
                    return S;
                }
                if (stringy(n) || n.equals("Decimal")) {
                    return S;
                }
                if (DATES.contains(n)) {
                    return R;
                }
                return n.equals("Json") || n.equals("Year") ? N : S;
            case "UnsignedBigInt":
            case "UnsignedInt":
            case "UnsignedMediumInt":
            case "UnsignedSmallInt":
            case "UnsignedTinyInt":
                return unsignedTo(p, n);
            case "VarBinary":
                if (n.equals("VarBinary")) {
                    return pa > na ? R : pa < na ? S : null;
                }
                if (n.equals("LongBlob") || n.equals("Blob") || n.equals("MediumBlob")) {
                    return S;
                }
                if (n.equals("Binary") && na > pa) {
                    return S;
                }
                return SIZED_STRINGS.contains(n) || TEXTS.contains(n) || n.equals("TinyBlob") || n.equals("Bit") ? R : N;
            case "Year":
                if (n.equals("Year")) {
                    return null;
                }
                if (n.equals("Decimal") || n.equals("Json")) {
                    return R;
                }
                if (DATES.contains(n) || n.equals("Time") || n.equals("TinyInt") || n.equals("UnsignedTinyInt")) {
                    return N;
                }
                return S;
            default:
                return previous.equals(next) ? null : R;
        }
    }

    private static TypeChange unsignedTo(String p, String n) {
        if (n.equals(p)) {
            return null;
        }
        if (n.equals("Decimal") || DATES.contains(n) || n.equals("Json")) {
            return N;
        }
        // Widening between unsigned types is safe from the two smallest ones only.
        int rank = switch (p) {
            case "UnsignedTinyInt" -> 1;
            case "UnsignedSmallInt" -> 2;
            default -> 0;
        };
        if (rank > 0 && UNSIGNED.contains(n)) {
            int target = switch (n) {
                case "UnsignedTinyInt" -> 1;
                case "UnsignedSmallInt" -> 2;
                default -> 3;
            };
            if (target > rank) {
                return S;
            }
        }
        return R;
    }
}
