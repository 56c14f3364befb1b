/**
 * SQL per database: a {@link dev.shale.dialect.Dialect} knows its
 * {@link dev.shale.dialect.DialectCapabilities} and renders every migration step the way Prisma
 * writes it; one subpackage per database.
 */
package dev.shale.dialect;
