package dev.shale.sql;

/** A CHECK constraint found in a database, with its definition as the database prints it. */
public record CheckConstraint(String name, String definition) {}
