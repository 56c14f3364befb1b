package dev.shale.diff;

import dev.shale.sql.NativeType;

/** PostgreSQL: how one native type converts to another (Prisma's table). */
final class PostgresCasts {
    private static final TypeChange SAFE = TypeChange.SAFE_CAST;
    private static final TypeChange RISKY = TypeChange.RISKY_CAST;
    private static final TypeChange NOT = TypeChange.NOT_CASTABLE;

    private PostgresCasts() {}

    static TypeChange change(NativeType previous, NativeType next) {
        if (previous.equals(next)) {
            return null;
        }
        String n = next.name();
        Integer nArg = next.arg();
        boolean nextIsChar = n.equals("Char");
        boolean nextIsString = n.equals("VarChar") || n.equals("Char");
        switch (previous.name()) {
            case "Inet":
                return n.equals("Citext") || n.equals("Text") || n.equals("VarChar") ? SAFE : NOT;
            case "Money":
                return n.equals("Citext") || n.equals("Text") || n.equals("VarChar") ? SAFE : RISKY;
            case "Citext":
                return n.equals("Text") || n.equals("VarChar") ? SAFE : RISKY;
            case "Oid":
                return n.equals("Text") || n.equals("VarChar") || n.equals("BigInt") || n.equals("Integer") ? SAFE : NOT;
            case "SmallInt":
                return integerTo(n, next, 3, 4, nextIsChar, nArg, false);
            case "Integer":
                return integerTo(n, next, 10, 11, nextIsChar, nArg, true);
            case "BigInt":
                return bigIntTo(n, next, nextIsChar, nArg);
            case "Decimal":
                return decimalTo(previous, next, nextIsChar);
            case "Real":
                switch (n) {
                    case "SmallInt": case "Integer": case "BigInt": case "Decimal":
                        return RISKY;
                    case "Real": case "DoublePrecision": case "Text":
                        return SAFE;
                    default:
                        return nextIsString ? lengthCast(nArg, 47, nextIsChar) : NOT;
                }
            case "DoublePrecision":
                switch (n) {
                    case "SmallInt": case "Integer": case "BigInt": case "Decimal": case "Real":
                        return RISKY;
                    case "DoublePrecision": case "Text":
                        return SAFE;
                    default:
                        return nextIsString ? lengthCast(nArg, 317, nextIsChar) : NOT;
                }
            case "VarChar":
                return stringTo(previous.arg(), n, nArg, nextIsChar, false);
            case "Char":
                return stringTo(previous.arg(), n, nArg, nextIsChar, true);
            case "Text":
                if (n.equals("Text") || (n.equals("VarChar") && nArg == null) || n.equals("Citext")) {
                    return SAFE;
                }
                return nextIsString ? RISKY : NOT;
            case "ByteA":
                if (n.equals("Text") || (n.equals("VarChar") && nArg == null)) {
                    return SAFE;
                }
                return nextIsString && nArg != null && nArg > 2 ? RISKY : NOT;
            case "Timestamp":
                return timeTo(previous, next, "Timestamp", 22, true);
            case "Timestamptz":
                return timeTo(previous, next, "Timestamptz", 27, true);
            case "Date":
                if (n.equals("Text") || (n.equals("VarChar") && nArg == null)) {
                    return SAFE;
                }
                if (nextIsString && nArg != null && nArg > 27) {
                    return SAFE;
                }
                return n.equals("Timestamp") || n.equals("Timestamptz") ? SAFE : NOT;
            case "Time":
                return timeTo(previous, next, "Time", 13, false);
            case "Timetz":
                return timeTo(previous, next, "Timetz", 18, false);
            case "Boolean":
                if (n.equals("Text") || n.equals("VarChar")) {
                    return SAFE;
                }
                if (n.equals("Char") && nArg != null && nArg > 4) {
                    return SAFE;
                }
                return n.equals("Char") && nArg != null && nArg > 3 ? RISKY : NOT;
            case "Bit":
                return bitTo(previous.arg(), n, nArg);
            case "VarBit":
                return varBitTo(previous.arg(), n, nArg);
            case "Uuid":
                if (n.equals("Text") || (n.equals("VarChar") && nArg == null)) {
                    return SAFE;
                }
                return nextIsString && nArg != null && nArg > 31 ? SAFE : NOT;
            case "Xml":
                return textLike(n, nArg, nextIsString, "");
            case "Json":
                return textLike(n, nArg, nextIsString, "JsonB");
            case "JsonB":
                return textLike(n, nArg, nextIsString, "Json");
            default:
                return RISKY;
        }
    }

    private static TypeChange textLike(String n, Integer nArg, boolean nextIsString, String sibling) {
        if (n.equals("Text") || n.equals(sibling) || (n.equals("VarChar") && nArg == null)) {
            return SAFE;
        }
        return nextIsString ? RISKY : NOT;
    }

    /** VarChar/Char of the given length receiving a number of at most {@code minLength - 1} characters. */
    private static TypeChange lengthCast(Integer length, int minLength, boolean nextIsChar) {
        if (length != null && length < minLength) {
            return RISKY;
        }
        if (length == null && nextIsChar) {
            return RISKY;
        }
        return SAFE;
    }

    private static TypeChange integerTo(String n, NativeType next, int digits, int chars, boolean nextIsChar,
            Integer nArg, boolean isInteger) {
        switch (n) {
            case "SmallInt":
                return isInteger ? RISKY : SAFE;
            case "Integer": case "BigInt": case "Real": case "DoublePrecision": case "Text":
                return SAFE;
            case "Decimal":
                return next.args().size() == 2 && next.args().get(0) - next.args().get(1) < digits ? RISKY : SAFE;
            case "VarChar": case "Char":
                return lengthCast(nArg, chars, nextIsChar);
            default:
                return NOT;
        }
    }

    private static TypeChange bigIntTo(String n, NativeType next, boolean nextIsChar, Integer nArg) {
        switch (n) {
            case "SmallInt": case "Integer":
                return RISKY;
            case "Real": case "DoublePrecision": case "Text":
                return SAFE;
            case "Decimal":
                return next.args().size() == 2 && next.args().get(0) - next.args().get(1) < 19 ? RISKY : SAFE;
            case "VarChar": case "Char":
                return lengthCast(nArg, 20, nextIsChar);
            default:
                return NOT;
        }
    }

    private static TypeChange decimalTo(NativeType previous, NativeType next, boolean nextIsChar) {
        boolean old = previous.args().size() == 2;
        int p = old ? previous.args().get(0) : 0;
        int s = old ? previous.args().get(1) : 0;
        String n = next.name();
        switch (n) {
            case "SmallInt":
                return !old || s > 0 || p > 2 ? RISKY : SAFE;
            case "Integer":
                return !old || s > 0 || p > 9 ? RISKY : SAFE;
            case "BigInt":
                return !old || s > 0 || p > 18 ? RISKY : SAFE;
            case "Decimal": {
                boolean fresh = next.args().size() == 2;
                if (old && !fresh) {
                    return SAFE;
                }
                if (!old && fresh) {
                    return next.args().get(0) < 131072 || next.args().get(1) < 16383 ? RISKY : SAFE;
                }
                if (old && fresh) {
                    int pn = next.args().get(0);
                    int sn = next.args().get(1);
                    return p - s > pn - sn || s > sn ? RISKY : SAFE;
                }
                return SAFE;
            }
            case "Real": case "DoublePrecision":
                return RISKY;
            case "VarChar": case "Char": {
                Integer len = next.arg();
                if (len != null && old && s == 0 && p + 1 > len) {
                    return RISKY;
                }
                if (len != null && old && s > 0 && p + 2 > len) {
                    return RISKY;
                }
                if (len != null && !old && len < 131073) {
                    return RISKY;
                }
                if (len == null && nextIsChar) {
                    return RISKY;
                }
                return SAFE;
            }
            case "Text":
                return SAFE;
            default:
                return NOT;
        }
    }

    private static TypeChange stringTo(Integer oldLen, String n, Integer newLen, boolean nextIsChar, boolean fromChar) {
        if (n.equals("Text")) {
            return SAFE;
        }
        if (!n.equals("VarChar") && !n.equals("Char")) {
            return NOT;
        }
        if (oldLen == null) {
            if (fromChar) {
                return SAFE;
            }
            return newLen == null ? (nextIsChar ? RISKY : SAFE) : RISKY;
        }
        if (newLen == null) {
            return oldLen == 1 ? SAFE : (nextIsChar ? RISKY : SAFE);
        }
        return oldLen > newLen ? RISKY : SAFE;
    }

    private static TypeChange timeTo(NativeType previous, NativeType next, String same, int minChars, boolean withDates) {
        String n = next.name();
        Integer nArg = next.arg();
        if (n.equals("Text") || (n.equals("VarChar") && nArg == null)) {
            return SAFE;
        }
        if ((n.equals("Char") || n.equals("VarChar")) && nArg != null && nArg > minChars) {
            return SAFE;
        }
        if (n.equals(same)) {
            // Same type, precision only: no change when the new one is unset or the old one was unset or equal.
            if (nArg == null || previous.arg() == null || previous.arg().equals(nArg)) {
                return null;
            }
            return SAFE;
        }
        if (withDates) {
            return switch (n) {
                case "Timestamp", "Timestamptz", "Date", "Time", "Timetz" -> SAFE;
                default -> NOT;
            };
        }
        if (same.equals("Time")) {
            return n.equals("Timetz") ? SAFE : NOT;
        }
        return n.equals("Timetz") || n.equals("Time") ? SAFE : NOT;
    }

    private static TypeChange bitTo(Integer length, String n, Integer nArg) {
        if (length == null) {
            return switch (n) {
                case "Text", "VarChar", "Char", "VarBit" -> SAFE;
                default -> NOT;
            };
        }
        if (n.equals("Text") || ((n.equals("VarChar") || n.equals("VarBit")) && nArg == null)) {
            return SAFE;
        }
        if ((n.equals("VarChar") || n.equals("VarBit") || n.equals("Char")) && nArg != null && nArg >= length) {
            return SAFE;
        }
        return NOT;
    }

    private static TypeChange varBitTo(Integer length, String n, Integer nArg) {
        if (length == null) {
            if (n.equals("Text") || (n.equals("VarChar") && nArg == null)) {
                return SAFE;
            }
            return n.equals("VarChar") || n.equals("Char") || n.equals("Bit") ? RISKY : NOT;
        }
        if (n.equals("Text") || ((n.equals("VarChar") || n.equals("VarBit")) && nArg == null)) {
            return SAFE;
        }
        if (n.equals("VarBit") && nArg > length) {
            return SAFE;
        }
        if ((n.equals("VarChar") || n.equals("Char")) && nArg != null && nArg >= length) {
            return SAFE;
        }
        if (n.equals("Bit") && (nArg == null || nArg <= length)) {
            return RISKY;
        }
        return n.equals("Char") || n.equals("VarChar") ? RISKY : NOT;
    }
}
