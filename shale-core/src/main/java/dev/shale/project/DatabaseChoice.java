package dev.shale.project;

import dev.shale.db.DatabaseUrl;

/** The database a command works on, and where Shale found it (for the one line that says so). */
public record DatabaseChoice(DatabaseUrl url, Source source) {
    public enum Source {
        /** {@code --url}. */
        FLAG,
        /** The {@code DATABASE_URL} environment variable. */
        ENVIRONMENT,
        /** The datasource {@code url} in the schema (literal or {@code env("...")}). */
        SCHEMA,
        /** The project's embedded development PostgreSQL (provider postgresql, no URL anywhere). */
        DEV_DATABASE
    }

    /** True when this is the embedded development database. */
    public boolean isDevDatabase() {
        return source == Source.DEV_DATABASE;
    }
}
