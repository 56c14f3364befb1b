/**
 * The database-level model: what a migration creates, alters and drops, independent of where it
 * came from (a Prisma schema through {@code dev.shale.sql.calc}, or a live database through
 * {@code dev.shale.introspect}). Every type is an immutable record with exact structural equality,
 * so two descriptions of the same database compare equal and the differ finds nothing between
 * them.
 *
 * <p>List order is meaningful: it is the order in which Prisma would create the objects (model
 * order for a calculated schema, name order for an introspected one), and the differ uses it to
 * order statements the way Prisma does.
 */
package dev.shale.sql;
