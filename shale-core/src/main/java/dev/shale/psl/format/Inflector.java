package dev.shale.psl.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names {@code prisma format} gives to the relation fields it adds: the model name in camel
 * case ({@code UserProfile} to {@code userProfile}), and for list fields its English plural
 * ({@code userProfiles}, {@code categories}, {@code people}). The rules reproduce what Prisma
 * 7.10 produced for a golden list of several hundred model names (see the test resources).
 */
final class Inflector {
    private Inflector() {}

    /** Words whose plural is the word itself (observed with Prisma). */
    private static final Set<String> UNCOUNTABLE = Set.of(
            "accommodation", "advertising", "aid", "air", "aircraft", "alcohol", "anger", "applause", "arithmetic",
            "assistance", "bacon", "baggage", "beef", "biology", "blood", "botany", "bread", "butter", "carbon",
            "cardboard", "cash", "chalk", "chaos", "chess", "countryside", "dancing", "dignity", "dirt", "dust",
            "economics", "education", "electricity", "engineering", "enjoyment", "envy", "equipment", "ethics",
            "evidence", "evolution", "fame", "fiction", "flour", "flu", "food", "fuel", "fun", "garbage", "garlic",
            "genetics", "gold", "golf", "gossip", "grammar", "gratitude", "grief", "guilt", "gymnastics", "happiness",
            "hardware", "harm", "hate", "hatred", "health", "heat", "help", "homework", "honesty", "honey",
            "hospitality", "housework", "humour", "hunger", "hydrogen", "ice", "importance", "inflation",
            "information", "innocence", "iron", "irony", "jam", "jewelry", "judo", "karate", "knowledge", "lack",
            "laughter", "lava", "leather", "leisure", "lightning", "linguine", "linguini", "linguistics", "literature",
            "litter", "livestock", "logic", "loneliness", "luck", "luggage", "macaroni", "machinery", "magic",
            "management", "mankind", "marble", "mathematics", "mayonnaise", "methane", "milk", "money", "mud",
            "music", "nature", "news", "nitrogen", "nonsense", "nurture", "nutrition", "obedience", "obesity",
            "oxygen", "pasta", "patience", "physics", "poetry", "police", "pollution", "poverty", "pride",
            "psychology", "publicity", "punctuation", "quartz", "racism", "relaxation", "reliability", "research",
            "respect", "revenge", "rice", "rubbish", "rum", "seaside", "series", "shame", "sheep", "shopping",
            "sleep", "smoke", "smoking", "snow", "soap", "software", "soil", "steam", "stuff", "stupidity",
            "sunshine", "symmetry", "tennis", "thirst", "thunder", "traffic", "trust", "unemployment", "unity",
            "validity", "veal", "vengeance", "violence", "deer", "species", "advice", "furniture", "weather");

    /** Whole words with an irregular plural. */
    private static final Map<String, String> IRREGULAR = Map.of(
            "ox", "oxen", "man", "men", "woman", "women", "die", "dice", "yes", "yeses",
            "foot", "feet", "eave", "eaves", "goose", "geese", "tooth", "teeth", "quiz", "quizzes");

    /** Suffix rules, most specific first: the word up to group 1 is kept and the replacement appended. */
    private record Rule(Pattern pattern, String replacement) {}

    private static final List<Rule> RULES = List.of(
            rule("(.*eaux)$", ""),
            rule("(.*child)(?:ren)?$", "ren"),
            rule("(.*pe)(?:rson|ople)$", "ople"),
            rule("(.*[ml])(?:ice|ouse)$", "ice"),
            rule("(.*(?:matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$", "ices"),
            rule("(.*(?:x|ch|ss|sh|zz))$", "es"),
            rule("(.*(?:x|ch|ss|sh|zz)es)$", ""),
            rule("(.*[^ch][ieo][ln])ey$", "ies"),
            rule("(.*(?:[^aeiouy]|qu))y$", "ies"),
            rule("(.*(?:ar|l|ea|eo|oa|hoo))f$", "ves"),
            rule("(.*(?:kni|wi|li))fe$", "ves"),
            rule("(.*)sis$", "ses"),
            rule("(.*(?:apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat))(?:a|on)$", "a"),
            rule("(.*(?:agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor))(?:a|um)$", "a"),
            rule("(.*(?:her|at|gr))o$", "oes"),
            rule("(.*(?:seraph|cherub))(?:im)?$", "im"),
            rule("(.*(?:alumn|alg|vertebr))(?:a|ae)$", "ae"),
            rule("(.*(?:alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat))(?:us|i)$", "i"),
            rule("(.*(?:[^l]ias|[aeiou]las|[emjzr]as|[iu]am))$", ""),
            rule("(.*e[mn]u)s?$", "s"),
            rule("(.*(?:alias|[^aou]us|tlas|gas|ris))$", "es"),
            rule("(.*(?:ax|test))is$", "es"),
            rule("(.*[^aeiou]ese)$", ""),
            rule("(.*)s$", "s"));

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), replacement);
    }

    /** The English plural of a camel-case name. */
    static String plural(String word) {
        if (UNCOUNTABLE.contains(word)) {
            return word;
        }
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(word);
            if (m.matches()) {
                return m.group(1) + rule.replacement();
            }
        }
        return word + "s";
    }

    /**
     * Camel case as Prisma's reformatter computes it: the first word in lower case, each later
     * word (after a separator, a digit, or a lower-to-upper case change) capitalised, separators
     * dropped. Runs of capitals stay lower case unless they follow a lower-case letter.
     */
    static String camelCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean newWord = false;
        boolean foundRealChar = false;
        int lastChar = ' ';
        int i = 0;
        while (i < name.length()) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            boolean alphanumeric = Character.isLetterOrDigit(c);
            if (!alphanumeric && foundRealChar) {
                newWord = true;
            } else if (!foundRealChar && !alphanumeric) {
                continue;
            } else if (Character.isDigit(c)) {
                foundRealChar = true;
                newWord = true;
                out.appendCodePoint(c);
            } else if (newWord || (Character.isLowerCase(lastChar) && Character.isUpperCase(c))) {
                foundRealChar = true;
                newWord = false;
                out.appendCodePoint(asciiUpper(c));
            } else {
                foundRealChar = true;
                lastChar = c;
                out.appendCodePoint(asciiLower(c));
            }
        }
        return out.toString();
    }

    /** The first character in lower case: {@code Blog} to {@code blog} (for the names of added scalar fields). */
    static String lowerFirst(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first)).append(name.substring(Character.charCount(first))).toString();
    }

    /** The first character in upper case: {@code id} to {@code Id}. */
    static String upperFirst(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(name.substring(Character.charCount(first))).toString();
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static int asciiUpper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
}
