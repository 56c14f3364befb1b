package dev.shale.migrate;

import dev.shale.ShaleException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names of migration folders, {@code <UTC yyyyMMddHHmmss>_<name>}, as Prisma Migrate writes them.
 *
 * <p>{@link #sanitize} turns what a user typed after {@code --name} into the folder suffix the way
 * Prisma's CLI does (lower-case words joined by {@code _}, camelCase split, accents and German, Greek
 * and Cyrillic letters transliterated, at most 200 characters), so the same command gives the same
 * folder name with either tool.
 */
public final class MigrationName {
    /** The longest name Prisma accepts, in bytes. */
    public static final int MAX_LENGTH = 200;

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern TIMESTAMP_PREFIX = Pattern.compile("^(\\d{14})(_|$)");

    private static final Pattern UPPER_RUN_THEN_DIGITS = Pattern.compile("([A-Z]{2,})(\\d+)");
    private static final Pattern LOWER_THEN_UPPER_RUN = Pattern.compile("([a-z\\d]+)([A-Z]{2,})");
    private static final Pattern LOWER_THEN_UPPER = Pattern.compile("([a-z\\d])([A-Z])");
    private static final Pattern UPPER_RUN_THEN_WORD = Pattern.compile("([A-Z]+)([A-Z][a-rt-z\\d]+)");
    private static final Pattern APOSTROPHE_S_OR_T = Pattern.compile("([a-zA-Z\\d]+)'([ts])(\\s|$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z\\d]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");

    private MigrationName() {}

    /** The UTC timestamp prefix of a new migration folder. */
    public static String timestamp(Instant at) {
        return TIMESTAMP.format(at);
    }

    /**
     * The folder name of a new migration: the timestamp, then {@code _} and the sanitised name, or the
     * timestamp alone when the name is empty (as Prisma does).
     */
    public static String folderName(Instant at, String sanitizedName) {
        if (sanitizedName.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw ShaleException.usage("the name of the migration is too long: it must not be longer than "
                    + MAX_LENGTH + " characters (bytes)");
        }
        return sanitizedName.isEmpty() ? timestamp(at) : timestamp(at) + "_" + sanitizedName;
    }

    /** The 14-digit timestamp a folder name starts with, or null when it has none. */
    public static String timestampOf(String folderName) {
        var m = TIMESTAMP_PREFIX.matcher(folderName);
        return m.find() ? m.group(1) : null;
    }

    /** What {@code migrate dev --name} makes of a name: Prisma's slug with {@code _}, cut at 200 characters. */
    public static String sanitize(String name) {
        String s = Transliteration.apply(name);
        s = UPPER_RUN_THEN_DIGITS.matcher(s).replaceAll("$1 $2");
        s = LOWER_THEN_UPPER_RUN.matcher(s).replaceAll("$1 $2");
        s = LOWER_THEN_UPPER.matcher(s).replaceAll("$1 $2");
        s = UPPER_RUN_THEN_WORD.matcher(s).replaceAll("$1 $2");
        s = s.toLowerCase(java.util.Locale.ROOT);
        s = APOSTROPHE_S_OR_T.matcher(s).replaceAll("$1$2$3");
        s = NOT_WORD.matcher(s).replaceAll("_");
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '_') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '_') {
            end--;
        }
        s = s.substring(start, end);
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }

    /** Letters that lose more than an accent on the way to ASCII; the rest is decomposed and stripped. */
    private static final class Transliteration {
        private static final Map<String, String> WORDS = Map.of("&", " and ", "\u2665", " love ", "\uD83E\uDD84", " unicorn ");
        private static final Map<Character, String> LETTERS = letters();
        /** Russian letter pairs read together (before single letters). */
        private static final String[][] PAIRS = {
            {"ъе", "ye"}, {"Ъе", "Ye"}, {"ъЕ", "yE"}, {"ЪЕ", "YE"},
            {"ый", "iy"}, {"Ый", "Iy"}, {"ЫЙ", "IY"}, {"ыЙ", "iY"},
            {"Тс", "Ts"}, {"тс", "ts"},
        };

        static String apply(String input) {
            String s = Normalizer.normalize(input, Normalizer.Form.NFC);
            for (String[] pair : PAIRS) {
                s = s.replace(pair[0], pair[1]);
            }
            for (var e : WORDS.entrySet()) {
                s = s.replace(e.getKey(), e.getValue());
            }
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String r = LETTERS.get(c);
                sb.append(r != null ? r : String.valueOf(c));
            }
            s = Normalizer.normalize(sb, Normalizer.Form.NFD);
            s = COMBINING_MARKS.matcher(s).replaceAll("");
            return Normalizer.normalize(s, Normalizer.Form.NFC);
        }

        private static Map<Character, String> letters() {
            var m = new java.util.HashMap<Character, String>();
            // German and Nordic letters, and Latin letters with no decomposition.
            put(m, "ä=ae ö=oe ü=ue Ä=Ae Ö=Oe Ü=Ue ß=ss \u1E9E=SS æ=ae Æ=AE ø=o Ø=O ð=d Ð=D þ=th Þ=TH "
                    + "đ=d Đ=D ł=l Ł=L ı=i");
            // Russian Cyrillic, lower and upper case.
            String cyr = "а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u "
                    + "ф=f х=kh ц=ts ч=ch ш=sh щ=sch ъ= ы=y ь= э=e ю=yu я=ya";
            put(m, cyr);
            capitalize(m, cyr);
            // Greek, lower and upper case.
            String greek = "α=a β=v γ=g δ=d ε=e ζ=z η=i θ=th ι=i κ=k λ=l μ=m ν=n ξ=ks ο=o π=p ρ=r σ=s ς=s τ=t υ=y "
                    + "φ=f χ=x ψ=ps ω=o ά=a έ=e ή=i ί=i ό=o ύ=y ώ=o ϊ=i ϋ=y ΐ=i ΰ=y";
            put(m, greek);
            capitalize(m, greek);
            return Map.copyOf(m);
        }

        /** The upper-case letters of {@code pairs}, transliterated with a capital first letter. */
        private static void capitalize(Map<Character, String> m, String pairs) {
            for (String pair : pairs.split(" ")) {
                char lower = pair.charAt(0);
                char upper = Character.toUpperCase(lower);
                String latin = pair.substring(2);
                if (upper != lower && !m.containsKey(upper)) {
                    m.put(upper, latin.isEmpty() ? "" : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
                }
            }
        }

        private static void put(Map<Character, String> m, String pairs) {
            for (String pair : pairs.split(" ")) {
                m.put(pair.charAt(0), pair.substring(2));
            }
        }
    }
}
