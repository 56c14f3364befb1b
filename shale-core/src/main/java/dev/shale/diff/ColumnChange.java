package dev.shale.diff;

/** What changed about a column that exists before and after. The order is Prisma's (it shows in summaries). */
public enum ColumnChange {
    ARITY,
    DEFAULT,
    TYPE,
    AUTOINCREMENT
}
