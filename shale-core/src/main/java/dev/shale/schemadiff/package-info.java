/**
 * {@code migrate diff} on any two sources: an empty database, a Prisma schema, a migrations folder
 * (replayed on a shadow database) or a live database, each turned into a {@link dev.shale.sql.SqlSchema}
 * of one provider, then diffed ({@link dev.shale.diff.Differ}) and rendered by the provider's dialect.
 */
package dev.shale.schemadiff;
