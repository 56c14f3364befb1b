package dev.shale.db;

import dev.shale.ShaleException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A database location as a user writes it: a Prisma URL ({@code postgresql://u:p@h:5432/db?schema=s},
 * {@code mysql://...}, {@code file:./dev.db}) or a JDBC URL. It knows how to connect and how to show
 * itself without the password ({@link #masked()}); {@link #toString()} is the masked form too, so a
 * password can never reach a log line by accident.
 */
public final class DatabaseUrl {
    private final DatabaseKind kind;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> params;
    private final String sqlitePath;

    private DatabaseUrl(DatabaseKind kind, String host, int port, String database, String user, String password,
            Map<String, String> params, String sqlitePath) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.sqlitePath = sqlitePath;
    }

    /** Parses a Prisma or JDBC URL; relative SQLite paths are kept as written (see {@link #resolveAgainst}). */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw ShaleException.usage("the database URL is empty");
        }
        String u = url.strip();
        if (u.startsWith("jdbc:")) {
            u = u.substring("jdbc:".length());
        }
        String lower = u.toLowerCase();
        if (lower.startsWith("file:") || lower.startsWith("sqlite:")) {
            String path = u.substring(u.indexOf(':') + 1);
            int q = path.indexOf('?');
            Map<String, String> params = q >= 0 ? query(path.substring(q + 1)) : Map.of();
            if (q >= 0) {
                path = path.substring(0, q);
            }
            if (path.startsWith("//")) {
                path = path.substring(2);
            }
            if (path.isEmpty()) {
                throw ShaleException.usage("the SQLite URL `" + url + "` names no file; write it as file:./dev.db");
            }
            return new DatabaseUrl(DatabaseKind.SQLITE, null, 0, null, null, null, params, path);
        }
        DatabaseKind kind;
        int defaultPort;
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            kind = DatabaseKind.POSTGRESQL;
            defaultPort = 5432;
        } else if (lower.startsWith("mysql://") || lower.startsWith("mariadb://")) {
            kind = DatabaseKind.MYSQL;
            defaultPort = 3306;
        } else {
            int colon = u.indexOf(':');
            String scheme = colon > 0 ? u.substring(0, colon) : u;
            throw ShaleException.usage("unsupported database URL scheme `" + scheme
                    + "`; use postgresql://, mysql:// or file: (SQLite), or their jdbc: forms");
        }
        String rest = u.substring(u.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int c = credentials.indexOf(':');
            user = decode(c >= 0 ? credentials.substring(0, c) : credentials);
            password = c >= 0 ? decode(credentials.substring(c + 1)) : null;
        }
        String database = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = decode(rest.substring(slash + 1));
            rest = rest.substring(0, slash);
        }
        String host = rest;
        int port = defaultPort;
        int portColon = rest.lastIndexOf(':');
        if (portColon >= 0 && !rest.endsWith("]")) {
            host = rest.substring(0, portColon);
            String portText = rest.substring(portColon + 1);
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw ShaleException.usage("the port `" + portText + "` in the database URL for host `" + host
                        + "` is not a number");
            }
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        Map<String, String> params = query(query);
        if (user == null && params.containsKey("user")) {
            user = params.get("user");
        }
        if (password == null && params.containsKey("password")) {
            password = params.get("password");
        }
        Map<String, String> kept = new LinkedHashMap<>(params);
        kept.remove("user");
        kept.remove("password");
        return new DatabaseUrl(kind, host, port, database, user, password, kept, null);
    }

    private static Map<String, String> query(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
            String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
            params.put(key, value);
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public DatabaseKind kind() {
        return kind;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The database name (PostgreSQL, MySQL); empty for SQLite. */
    public String database() {
        return database == null ? "" : database;
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** Query parameters as written, without {@code user} and {@code password}. */
    public Map<String, String> params() {
        return params;
    }

    /** The PostgreSQL schema ({@code ?schema=}), {@code public} by default; null for other databases. */
    public String schema() {
        if (kind != DatabaseKind.POSTGRESQL) {
            return null;
        }
        return params.getOrDefault("schema", "public");
    }

    /** The SQLite file as written in the URL (possibly relative). */
    public String sqlitePath() {
        return sqlitePath;
    }

    /**
     * Resolves a relative SQLite path the way Prisma does: against the folder of the schema file.
     * Other URLs are returned unchanged.
     */
    public DatabaseUrl resolveAgainst(Path baseDir) {
        if (kind != DatabaseKind.SQLITE || sqlitePath.equals(":memory:") || Path.of(sqlitePath).isAbsolute()) {
            return this;
        }
        String resolved = baseDir.resolve(sqlitePath).normalize().toString();
        return new DatabaseUrl(kind, host, port, database, user, password, params, resolved);
    }

    /** The same server with another database name (used for shadow and scratch databases). */
    public DatabaseUrl withDatabase(String otherDatabase) {
        if (kind == DatabaseKind.SQLITE) {
            throw new IllegalStateException("SQLite URLs name a file, not a database");
        }
        return new DatabaseUrl(kind, host, port, otherDatabase, user, password, params, sqlitePath);
    }

    /** The same location with one query parameter set (for example {@code schema}). */
    public DatabaseUrl withParam(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(key, value);
        return new DatabaseUrl(kind, host, port, database, user, password, copy, sqlitePath);
    }

    /** The JDBC URL, without credentials (they go in {@link #jdbcProperties()}). */
    public String jdbcUrl() {
        return switch (kind) {
            case SQLITE -> "jdbc:sqlite:" + sqlitePath;
            case POSTGRESQL -> "jdbc:postgresql://" + hostPort() + "/" + database();
            case MYSQL -> "jdbc:mariadb://" + hostPort() + "/" + database();
        };
    }

    /** Credentials and connection options for {@link java.sql.DriverManager}. */
    public Properties jdbcProperties() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        switch (kind) {
            case POSTGRESQL -> {
                props.setProperty("ApplicationName", "shale");
                copyParam(props, "sslmode", "sslmode");
                copyParam(props, "connect_timeout", "connectTimeout");
                copyParam(props, "sslcert", "sslcert");
                copyParam(props, "sslkey", "sslkey");
                copyParam(props, "sslrootcert", "sslrootcert");
                props.putIfAbsent("connectTimeout", "10");
                if (schema() != null) {
                    props.setProperty("currentSchema", schema());
                }
            }
            case MYSQL -> {
                copyParam(props, "sslmode", "sslMode");
                copyParam(props, "connect_timeout", "connectTimeout");
                props.putIfAbsent("connectTimeout", "10000");
                props.setProperty("allowMultiQueries", "false");
                props.setProperty("permitMysqlScheme", "true");
            }
            case SQLITE -> props.setProperty("foreign_keys", "true");
        }
        return props;
    }

    private void copyParam(Properties props, String from, String to) {
        String value = params.get(from);
        if (value != null) {
            props.setProperty(to, value);
        }
    }

    private String hostPort() {
        return host + ":" + port;
    }

    /** The URL as a user may see it: the password replaced by {@code ***}. */
    public String masked() {
        if (kind == DatabaseKind.SQLITE) {
            return "file:" + sqlitePath;
        }
        StringBuilder sb = new StringBuilder(kind == DatabaseKind.POSTGRESQL ? "postgresql://" : "mysql://");
        if (user != null) {
            sb.append(user);
            if (password != null) {
                sb.append(":***");
            }
            sb.append('@');
        }
        sb.append(hostPort()).append('/').append(database());
        if (!params.isEmpty()) {
            StringBuilder q = new StringBuilder();
            params.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(v));
            sb.append(q);
        }
        return sb.toString();
    }

    /** A short name for messages: {@code host:port/db} or the SQLite file. */
    public String location() {
        return kind == DatabaseKind.SQLITE ? sqlitePath : hostPort() + "/" + database();
    }

    @Override
    public String toString() {
        return masked();
    }
}
