/**
 * The differ: {@link dev.shale.diff.Differ#diff} turns two {@link dev.shale.sql.SqlSchema}s into
 * the ordered {@link dev.shale.diff.MigrationStep}s between them ({@link dev.shale.diff.StepOrder}
 * holds the order), {@link dev.shale.diff.MigrationWarnings} says what they may destroy, and
 * {@link dev.shale.diff.DiffSummary} says it in words, as {@code migrate diff} prints it.
 */
package dev.shale.diff;
