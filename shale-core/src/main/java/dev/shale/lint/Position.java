package dev.shale.lint;

/** A place in a file: 1-based line and column, or 0:0 for "the file as a whole". */
public record Position(String file, int line, int column) {
    public static final Position NONE = new Position("", 0, 0);

    public Position {
        file = file == null ? "" : file;
    }

    public static Position fileOnly(String file) {
        return new Position(file, 0, 0);
    }
}
