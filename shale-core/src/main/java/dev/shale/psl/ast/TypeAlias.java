package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** {@code type Name = Type @attr...}: parsed only to be reported (Prisma rejects it), kept verbatim without its line break. */
public record TypeAlias(String text, Span span) implements TopItem {}
