package dev.shale.sql;

/** A PostgreSQL extension found in a database. */
public record Extension(String name, String schema, String version, boolean relocatable) {}
