package dev.shale.sql;

/**
 * A database object Shale does not model (function, trigger, materialized view, table
 * inheritance, ...), kept so that nothing is dropped silently and reported once.
 *
 * @param kind what it is, in words ("function", "trigger on table \"User\"")
 * @param namespace where it lives, or {@code null}
 * @param name its name
 */
public record OpaqueObject(String kind, String namespace, String name) {

    /** One line for a report: {@code function "public"."f"}. */
    public String describe() {
        return kind + " " + (namespace == null ? "" : "\"" + namespace + "\".") + "\"" + name + "\"";
    }
}
