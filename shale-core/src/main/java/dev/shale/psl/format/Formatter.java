package dev.shale.psl.format;

import dev.shale.psl.ParsedFile;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.parse.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical layout of a schema, byte-identical to {@code prisma format}: it lays out every
 * file, and when the schema has no parse or resolution errors it first adds what Prisma adds
 * (missing back-relation fields, missing {@code @relation} attributes and arguments, missing
 * relation scalar fields). Formatting is idempotent and never throws; a file that does not parse
 * is still laid out as well as possible, its unrecognised lines kept as written.
 */
public final class Formatter {
    /** Prisma's indentation: two spaces. */
    public static final int INDENT_WIDTH = 2;

    private Formatter() {}

    /** Formats a schema of one or more files; returns the files in the same order, with the same names. */
    public static List<SourceFile> format(List<SourceFile> files) {
        return format(Psl.parse(files));
    }

    /**
     * Formats an already parsed schema (as {@link Psl#parse} returned it); a file the fix-ups leave
     * unchanged is laid out from that parse rather than parsed again.
     */
    public static List<SourceFile> format(ParsedSchema parsed) {
        List<String> texts = RelationFixups.apply(parsed);
        List<SourceFile> out = new ArrayList<>(parsed.files().size());
        for (int i = 0; i < parsed.files().size(); i++) {
            ParsedFile file = parsed.files().get(i);
            SourceFile original = file.source();
            String text = texts.get(i);
            String laidOut = text.equals(original.text())
                    ? SchemaLayout.render(file.ast(), INDENT_WIDTH, text.length())
                    : layout(new SourceFile(original.name(), text));
            out.add(new SourceFile(original.name(), laidOut));
        }
        return out;
    }

    /** Formats a single-file schema. */
    public static String format(String text) {
        return format(List.of(new SourceFile("schema.prisma", text))).get(0).text();
    }

    /** Only the layout of one file, without the relation fix-ups (what Prisma does for a schema with errors). */
    public static String layout(SourceFile file) {
        return SchemaLayout.render(Parser.parse(file).ast(), INDENT_WIDTH, file.text().length());
    }
}
