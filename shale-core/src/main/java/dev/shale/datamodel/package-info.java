/**
 * The validated, resolved Prisma datamodel: what a schema means once names, types, attributes and
 * relations have been resolved and checked. Built by {@code dev.shale.psl.Psl.validate} only when
 * the schema has no errors; read by the SQL schema calculator and the linter.
 *
 * <p>Every type here is immutable (records with {@code List.copyOf}), carries its source span, and
 * keeps both the Prisma name and the database name of what it describes. Nothing here depends on
 * the parser: dependencies run psl → datamodel → sql.
 */
package dev.shale.datamodel;
