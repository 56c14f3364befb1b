package dev.shale.lint.sql;

/** A fault the lexer cannot get past (an unterminated string or comment), with its position. */
public record SqlSyntaxError(String message, int offset, int line, int column) {}
