package dev.shale.pull;

import dev.shale.psl.ParsedFile;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Block;
import dev.shale.psl.ast.BodyItem;
import dev.shale.psl.ast.Comment;
import dev.shale.psl.ast.CommentBlock;
import dev.shale.psl.ast.DatasourceBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.GeneratorBlock;
import dev.shale.psl.ast.TopItem;
import dev.shale.psl.format.Formatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the {@code //} comments of the existing schema, which Prisma's {@code db pull} drops: each
 * comment is anchored to what follows it (a model, a field, the block attributes) or to the field
 * it trails, and put back at the same anchor in the pulled schema. A comment whose anchor is gone
 * is reported, never dropped in silence. Documentation comments ({@code ///}) need no help: they
 * are part of the datamodel and introspection keeps them.
 */
public final class LineComments {
    private LineComments() {}

    /**
     * The schema with the comments put back, and those that could not be.
     *
     * @param files the pulled files, formatted
     * @param dropped where each dropped comment was ({@code schema.prisma:12}) and its text
     */
    public record Kept(List<SourceFile> files, Map<String, String> dropped) {
        public Kept {
            files = List.copyOf(files);
            dropped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dropped));
        }
    }

    public static Kept none(List<SourceFile> pulled) {
        return new Kept(pulled, Map.of());
    }

    private record Anchor(String block, String item, Where where) {}

    private enum Where { BEFORE_BLOCK, BEFORE_ITEM, BEFORE_ATTRIBUTES, END_OF_BLOCK, TRAILING, END_OF_FILE }

    private record Note(Anchor anchor, List<String> lines, String location) {}

    public static Kept keep(List<SourceFile> previous, List<SourceFile> pulled) {
        Map<String, String> dropped = new LinkedHashMap<>();
        List<SourceFile> out = new ArrayList<>();
        Map<String, List<Note>> notesByFile = new LinkedHashMap<>();
        for (ParsedFile f : Psl.parse(previous).files()) {
            notesByFile.put(f.source().name(), notes(f));
        }
        boolean changed = false;
        for (SourceFile file : pulled) {
            List<Note> notes = notesByFile.getOrDefault(file.name(), List.of());
            String text = insert(file, notes, dropped);
            changed |= !text.equals(file.text());
            out.add(new SourceFile(file.name(), text));
        }
        return new Kept(changed ? Formatter.format(out) : pulled, dropped);
    }

    /** The {@code //} comments of one file with their anchors. */
    private static List<Note> notes(ParsedFile f) {
        List<Note> notes = new ArrayList<>();
        List<TopItem> items = f.ast().items();
        for (int i = 0; i < items.size(); i++) {
            TopItem item = items.get(i);
            if (item instanceof CommentBlock cb) {
                List<String> lines = lineComments(cb);
                if (!lines.isEmpty()) {
                    Optional<Block> next = items.subList(i + 1, items.size()).stream().filter(Block.class::isInstance)
                            .map(Block.class::cast).findFirst();
                    Anchor a = next.map(b -> new Anchor(key(b), null, Where.BEFORE_BLOCK))
                            .orElse(new Anchor(null, null, Where.END_OF_FILE));
                    notes.add(new Note(a, lines, location(f, cb.span().line())));
                }
            } else if (item instanceof Block b && !(b instanceof DatasourceBlock) && !(b instanceof GeneratorBlock)) {
                bodyNotes(f, b, notes);
            }
        }
        return notes;
    }

    private static void bodyNotes(ParsedFile f, Block b, List<Note> notes) {
        List<BodyItem> items = b.items();
        for (int i = 0; i < items.size(); i++) {
            BodyItem item = items.get(i);
            if (item instanceof CommentBlock cb) {
                List<String> lines = lineComments(cb);
                if (lines.isEmpty()) {
                    continue;
                }
                Anchor a = new Anchor(key(b), null, Where.END_OF_BLOCK);
                for (BodyItem next : items.subList(i + 1, items.size())) {
                    if (next instanceof Field fd) {
                        a = new Anchor(key(b), fd.name().name(), Where.BEFORE_ITEM);
                        break;
                    }
                    if (next instanceof EnumValue ev) {
                        a = new Anchor(key(b), ev.name().name(), Where.BEFORE_ITEM);
                        break;
                    }
                    if (next instanceof Attribute) {
                        a = new Anchor(key(b), null, Where.BEFORE_ATTRIBUTES);
                        break;
                    }
                }
                notes.add(new Note(a, lines, location(f, cb.span().line())));
            } else if (item instanceof Field fd && fd.trailingComment().filter(c -> c.kind() == Comment.Kind.LINE).isPresent()) {
                notes.add(new Note(new Anchor(key(b), fd.name().name(), Where.TRAILING),
                        List.of(fd.trailingComment().get().text().stripTrailing()), location(f, fd.span().line())));
            } else if (item instanceof EnumValue ev && ev.trailingComment().filter(c -> c.kind() == Comment.Kind.LINE).isPresent()) {
                notes.add(new Note(new Anchor(key(b), ev.name().name(), Where.TRAILING),
                        List.of(ev.trailingComment().get().text().stripTrailing()), location(f, ev.span().line())));
            }
        }
    }

    private static List<String> lineComments(CommentBlock cb) {
        return cb.comments().stream().filter(c -> c.kind() == Comment.Kind.LINE).map(c -> c.text().stripTrailing()).toList();
    }

    /** Models and views share one namespace: a table that became a view keeps its comments. */
    private static String key(Block b) {
        return (b.keyword().equals("view") ? "model" : b.keyword()) + " " + b.name().name();
    }

    private static String location(ParsedFile f, int line) {
        return f.source().name() + ":" + line;
    }

    private record Insertion(int offset, String text) {}

    /** The pulled text with the notes that find their anchor inserted; the others go to {@code dropped}. */
    private static String insert(SourceFile file, List<Note> notes, Map<String, String> dropped) {
        if (notes.isEmpty()) {
            return file.text();
        }
        String text = file.text();
        ParsedFile parsed = Psl.parse(file).files().get(0);
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (Block b : parsed.ast().blocks()) {
            blocks.putIfAbsent(key(b), b);
        }
        List<Insertion> insertions = new ArrayList<>();
        for (Note n : notes) {
            Optional<Insertion> at = place(text, blocks, n);
            if (at.isEmpty()) {
                dropped.put(n.location(), String.join(" / ", n.lines()));
            } else if (!alreadyThere(text, n)) {
                insertions.add(at.get());
            }
        }
        insertions.sort(Comparator.comparingInt(Insertion::offset).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Insertion ins : insertions) {
            sb.insert(ins.offset(), ins.text());
        }
        return sb.toString();
    }

    /** A comment Prisma writes itself (a commented-out field) is not added twice. */
    private static boolean alreadyThere(String text, Note n) {
        return n.lines().stream().allMatch(l -> text.contains(l.strip()));
    }

    private static Optional<Insertion> place(String text, Map<String, Block> blocks, Note n) {
        Anchor a = n.anchor();
        if (a.where() == Where.END_OF_FILE) {
            return Optional.of(new Insertion(text.length(), "\n" + lines(n, "")));
        }
        Block b = blocks.get(a.block());
        if (b == null) {
            return Optional.empty();
        }
        switch (a.where()) {
            case BEFORE_BLOCK:
                return Optional.of(new Insertion(startWithDocs(text, b.span().start()), lines(n, "")));
            case END_OF_BLOCK:
                return Optional.of(new Insertion(lineStart(text, b.span().end() - 1), lines(n, "  ")));
            case BEFORE_ATTRIBUTES: {
                Optional<BodyItem> attr = b.items().stream().filter(Attribute.class::isInstance).findFirst();
                int at = attr.map(x -> lineStart(text, x.span().start())).orElse(lineStart(text, b.span().end() - 1));
                return Optional.of(new Insertion(at, lines(n, "  ")));
            }
            default:
                break;
        }
        Optional<BodyItem> item = b.items().stream().filter(x -> x instanceof Field fd && fd.name().name().equals(a.item())
                || x instanceof EnumValue ev && ev.name().name().equals(a.item())).findFirst();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        int start = lineStart(text, item.get().span().start());
        if (a.where() == Where.TRAILING) {
            int eol = text.indexOf('\n', start);
            return Optional.of(new Insertion(eol < 0 ? text.length() : eol, " " + n.lines().get(0)));
        }
        return Optional.of(new Insertion(startWithDocs(text, start), lines(n, "  ")));
    }

    private static String lines(Note n, String indent) {
        StringBuilder sb = new StringBuilder();
        for (String l : n.lines()) {
            sb.append(indent).append(l).append('\n');
        }
        return sb.toString();
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    /** The start of the line at {@code offset}, moved up over the {@code ///} lines right above it. */
    private static int startWithDocs(String text, int offset) {
        int start = lineStart(text, offset);
        while (start > 0) {
            int prev = lineStart(text, start - 1);
            if (!text.substring(prev, start).strip().startsWith("///")) {
                break;
            }
            start = prev;
        }
        return start;
    }
}
