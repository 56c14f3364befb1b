package dev.shale.devdb;

import dev.shale.db.DatabaseUrl;
import java.nio.file.Path;

/** A running embedded PostgreSQL: its postmaster process, its port on localhost, its data folder. */
public record DevServer(long pid, int port, Path dataDirectory) {
    /** The superuser connection to one database of this server (no password: local trust authentication). */
    public DatabaseUrl url(String database) {
        return DatabaseUrl.parse("postgresql://postgres@localhost:" + port + "/" + database);
    }
}
