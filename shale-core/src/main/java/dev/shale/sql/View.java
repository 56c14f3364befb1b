package dev.shale.sql;

/** A view, kept opaque: a migration never creates, changes or drops it. */
public record View(String namespace, String name, String definition) {}
