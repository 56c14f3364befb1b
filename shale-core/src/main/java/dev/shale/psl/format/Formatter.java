package dev.shale.psl.format;

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
        ParsedSchema parsed = Psl.parse(files);
        List<String> texts = RelationFixups.apply(parsed);
        List<SourceFile> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            SourceFile original = files.get(i);
            String text = texts.get(i);
            SourceFile enriched = text.equals(original.text()) ? original : new SourceFile(original.name(), text);
            out.add(new SourceFile(original.name(), layout(enriched)));
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
