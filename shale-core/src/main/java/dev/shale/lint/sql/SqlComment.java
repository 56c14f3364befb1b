package dev.shale.lint.sql;

/** A {@code --} or {@code /* *}{@code /} comment; {@link #body()} is its text without the markers. */
public record SqlComment(String body, boolean block, int offset, int line, int column, int endLine) {}
