/**
 * Reading a live database into a {@link dev.shale.sql.SqlSchema}, with a few catalog queries for
 * the whole database ({@code pg_catalog}, SQLite's PRAGMA functions, {@code information_schema}).
 * What cannot be modelled is kept opaque and listed in the result.
 */
package dev.shale.introspect;
