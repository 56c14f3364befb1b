package dev.shale.sql;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Date-time defaults in the spellings Prisma writes them. */
public final class DateTimes {
    private DateTimes() {}

    /** The canonical form kept in {@link Value.DateTime}: ISO-8601 with offset. */
    public static String canonical(String rfc3339) {
        return OffsetDateTime.parse(rfc3339).toString();
    }

    /** {@code 2019-06-17 14:20:57 +00:00}, {@code 2020-09-21 20:00:00.123 +02:00} (PostgreSQL, SQLite). */
    public static String spaced(String value) {
        OffsetDateTime t = OffsetDateTime.parse(value);
        return String.format("%04d-%02d-%02d %02d:%02d:%02d%s %s", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), fraction(t.getNano()), offset(t.getOffset()));
    }

    /** {@code 2019-06-17T14:20:57+00:00} (MySQL). */
    public static String rfc3339(String value) {
        OffsetDateTime t = OffsetDateTime.parse(value);
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), fraction(t.getNano()), offset(t.getOffset()));
    }

    /** Fractional seconds with 0, 3, 6 or 9 digits, as few as the value needs. */
    private static String fraction(int nanos) {
        if (nanos == 0) {
            return "";
        }
        if (nanos % 1_000_000 == 0) {
            return String.format(".%03d", nanos / 1_000_000);
        }
        if (nanos % 1_000 == 0) {
            return String.format(".%06d", nanos / 1_000);
        }
        return String.format(".%09d", nanos);
    }

    private static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        char sign = total < 0 ? '-' : '+';
        total = Math.abs(total);
        return String.format("%c%02d:%02d", sign, total / 3600, (total / 60) % 60);
    }
}
