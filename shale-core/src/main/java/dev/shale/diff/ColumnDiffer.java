package dev.shale.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.dialect.Capability;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed about a column present before and after: arity, type (and how it casts), default,
 * autoincrement. The default comparison follows Prisma's rules, which knowingly ignore some
 * differences it cannot compare reliably (date-time defaults, JSON defaults on MySQL).
 */
final class ColumnDiffer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ColumnDiffer() {}

    /** The changes between two versions of a column and its type change ({@code null}: none). */
    record Changes(Set<ColumnChange> changes, TypeChange typeChange) {
        boolean any() {
            return !changes.isEmpty();
        }
    }

    static Changes changes(Column from, Column to, DialectCapabilities caps) {
        EnumSet<ColumnChange> changes = EnumSet.noneOf(ColumnChange.class);
        TypeChange typeChange = TypeCasts.change(from, to, caps);
        if (from.arity() != to.arity()) {
            changes.add(ColumnChange.ARITY);
        }
        if (!defaultsMatch(from, to, caps)) {
            changes.add(ColumnChange.DEFAULT);
        }
        if (typeChange != null) {
            changes.add(ColumnChange.TYPE);
        }
        if (autoincrementChanged(from, to, caps)) {
            changes.add(ColumnChange.AUTOINCREMENT);
        }
        return new Changes(changes, typeChange);
    }

    private static boolean autoincrementChanged(Column from, Column to, DialectCapabilities caps) {
        // SQLite's rowid alias is autoincrementing by nature; Prisma never migrates it.
        if (caps.has(Capability.REDEFINE_TABLES)) {
            return false;
        }
        return from.autoincrement() != to.autoincrement();
    }

    static boolean defaultsMatch(Column from, Column to, DialectCapabilities caps) {
        if (caps.has(Capability.IGNORE_JSON_DEFAULTS)
                && (from.type().family() == TypeFamily.JSON || to.type().family() == TypeFamily.JSON)) {
            return true;
        }
        ColumnDefault prev = from.defaultValue();
        ColumnDefault next = to.defaultValue();
        DefaultKind p = prev == null ? null : prev.kind();
        DefaultKind n = next == null ? null : next.kind();
        boolean namesMatch = Objects.equals(prev == null ? null : prev.constraintName(),
                next == null ? null : next.constraintName());
        Value pv = p instanceof DefaultKind.Literal l ? l.value() : null;
        Value nv = n instanceof DefaultKind.Literal l ? l.value() : null;
        boolean datetime = from.type().family() == TypeFamily.DATETIME || to.type().family() == TypeFamily.DATETIME;

        // Rules in Prisma's order: the first that applies decides.
        if (((p instanceof DefaultKind.DbGenerated && nv instanceof Value.ListValue)
                || (pv instanceof Value.ListValue && n instanceof DefaultKind.DbGenerated)) && datetime) {
            return true;
        }
        if (pv instanceof Value.ListValue pl && nv instanceof Value.ListValue nl) {
            return listDefaultsMatch(pl.values(), nl.values());
        }
        if ((pv instanceof Value.Json || pv instanceof Value.Str) && (nv instanceof Value.Json || nv instanceof Value.Str)
                && (pv instanceof Value.Json || nv instanceof Value.Json)) {
            return jsonMatches(text(pv), text(nv)) && namesMatch;
        }
        if (pv instanceof Value.DateTime && n != null || p != null && nv instanceof Value.DateTime) {
            return true; // Prisma cannot compare date-time defaults and never migrates them
        }
        if ((pv instanceof Value.Str || pv instanceof Value.EnumValue) && (nv instanceof Value.Str || nv instanceof Value.EnumValue)) {
            return text(pv).equals(text(nv)) && namesMatch;
        }
        if (pv != null && nv != null) {
            return pv.equals(nv) && namesMatch;
        }
        if (pv != null) {
            return false; // value -> now(), value -> none
        }
        if (p instanceof DefaultKind.Now) {
            return n instanceof DefaultKind.Now;
        }
        if (p instanceof DefaultKind.DbGenerated && (nv != null || n instanceof DefaultKind.Now || n == null)) {
            return false;
        }
        if (n instanceof DefaultKind.DbGenerated dn && dn.expression() == null) {
            return true; // dbgenerated() without argument: whatever the database has is fine
        }
        if (p instanceof DefaultKind.SequenceNext && n == null) {
            return true; // the sequence goes with the autoincrement change
        }
        if (p instanceof DefaultKind.SequenceNext && (nv != null || n instanceof DefaultKind.Now)) {
            return false;
        }
        if (p == null && n == null) {
            return true;
        }
        if (p == null && (nv != null || n instanceof DefaultKind.Now)) {
            return false;
        }
        if (p instanceof DefaultKind.DbGenerated dp && dp.expression() != null
                && n instanceof DefaultKind.DbGenerated dn && dn.expression() != null) {
            return dp.expression().equalsIgnoreCase(dn.expression()) && namesMatch;
        }
        if (n instanceof DefaultKind.DbGenerated) {
            return false;
        }
        return true; // (anything, sequence)
    }

    private static String text(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Json j) {
            return j.value();
        }
        if (v instanceof Value.EnumValue e) {
            return e.value();
        }
        throw new IllegalArgumentException("not a text value: " + v);
    }

    private static boolean listDefaultsMatch(List<Value> prev, List<Value> next) {
        if (prev.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < prev.size(); i++) {
            Value a = prev.get(i);
            Value b = next.get(i);
            boolean same;
            if ((a instanceof Value.Str && b instanceof Value.Json) || (a instanceof Value.Json && b instanceof Value.Str)) {
                same = jsonMatches(text(a), text(b));
            } else if (a instanceof Value.DateTime || b instanceof Value.DateTime) {
                same = true;
            } else if (a instanceof Value.EnumValue e && b instanceof Value.Bytes bytes) {
                same = stringMatchesBytes(e.value(), bytes.hex());
            } else if (a instanceof Value.Bytes bytes && b instanceof Value.EnumValue e) {
                same = stringMatchesBytes(e.value(), bytes.hex());
            } else {
                same = a.equals(b);
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** PostgreSQL prints bytea array elements as {@code \x...}. */
    private static boolean stringMatchesBytes(String text, String hex) {
        return text.startsWith("\\x") && text.substring(2).equalsIgnoreCase(hex);
    }

    /** Two JSON texts are the same default when they parse to the same value; unparsable ones are not compared. */
    static boolean jsonMatches(String a, String b) {
        try {
            JsonNode x = JSON.readTree(a);
            JsonNode y = JSON.readTree(b);
            if (x == null || y == null) {
                return true;
            }
            return x.equals(y);
        } catch (Exception e) {
            return true;
        }
    }
}
