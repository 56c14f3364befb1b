package dev.shale.lint.data;

import java.util.Optional;

/**
 * The answer to one data question: a value, or the reason there is none ("could not check without a
 * database", "could not be checked: timed out after 5 s"). {@code approximate} says the value is a
 * catalog estimate or extrapolated from a sample, and {@code how} says which, for the message.
 */
public record DataAnswer<T>(T value, String unavailableReason, boolean approximate, String how) {

    public static final String NO_DATABASE = "could not check without a database (give --url)";

    public static <T> DataAnswer<T> exact(T value) {
        return new DataAnswer<>(value, "", false, "");
    }

    public static <T> DataAnswer<T> estimate(T value, String how) {
        return new DataAnswer<>(value, "", true, how);
    }

    public static <T> DataAnswer<T> unavailable(String reason) {
        return new DataAnswer<>(null, reason, false, "");
    }

    public boolean known() {
        return value != null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    /** "about " for estimates, empty for exact values: for building messages. */
    public String about() {
        return approximate ? "about " : "";
    }
}
