package dev.shale.pull;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.introspect.IntrospectionResult;
import dev.shale.introspect.Introspector;
import dev.shale.sql.OpaqueObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code db pull} against a live database: connect, introspect, read the details, write the schema. */
public final class LivePull {
    private LivePull() {}

    /**
     * The schema and what the database holds that it cannot show.
     *
     * @param result the introspected schema and Prisma's warnings
     * @param notRepresented objects kept in the database that neither the schema nor Prisma's warnings
     *     mention (functions, triggers, sequences, ...), each once
     */
    public record Outcome(PullResult result, List<String> notRepresented) {
        public Outcome {
            notRepresented = List.copyOf(notRepresented);
        }
    }

    /**
     * Pulls the database at {@code url} into {@code existing}.
     *
     * @throws ShaleException exit 3 when the database cannot be reached (or the SQLite file does not
     *     exist), exit 2 when the schema's provider is another database, exit 1 when it is empty
     */
    public static Outcome pull(DatabaseUrl url, ExistingSchema existing) {
        DatabaseKind kind = url.kind();
        String provider = existing.provider().equals("postgres") ? "postgresql" : existing.provider();
        if (!provider.isEmpty() && !provider.equals(kind.prismaProvider())) {
            throw ShaleException.usage("the schema's datasource provider is `" + existing.provider() + "` but the URL is a "
                    + kind.prismaProvider() + " database (" + url.masked() + "); use a URL of the provider, or change the provider.");
        }
        if (kind == DatabaseKind.SQLITE && !url.sqlitePath().equals(":memory:") && !Files.isRegularFile(Path.of(url.sqlitePath()))) {
            throw new ShaleException(ExitCode.DATABASE_UNREACHABLE, "the SQLite database file `" + url.sqlitePath()
                    + "` does not exist; db pull reads an existing database and does not create one.");
        }
        try (Connection c = Connections.open(url)) {
            IntrospectionResult introspected = Introspector.forKind(kind).introspect(c);
            DatabaseDetails details = DatabaseDetailsReader.read(c, kind);
            PullResult result = DbPull.pull(introspected.schema(), kind, details, existing);
            return new Outcome(result, notRepresented(introspected.unmodeled()));
        } catch (SQLException e) {
            throw Connections.unreachable(url, e);
        }
    }

    /** Unmodelled objects, except those Prisma's warnings already name (expression indexes, exclusion constraints). */
    static List<String> notRepresented(List<OpaqueObject> unmodeled) {
        Set<String> out = new LinkedHashSet<>();
        for (OpaqueObject o : unmodeled) {
            if (o.kind().startsWith("expression index") || o.kind().startsWith("exclusion constraint")) {
                continue;
            }
            out.add(o.describe());
        }
        return new ArrayList<>(out);
    }
}
