package dev.shale.lint.sql;

import dev.shale.lint.sql.ParsedStatement.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one statement's tokens into a {@link ParsedStatement}: the statement kind and the clauses the
 * lock and safety rules look at. It is a focused reader, not a full PostgreSQL grammar: clauses it
 * does not need are skipped, statements it does not need are {@link Other}, and only text that is
 * not a PostgreSQL statement at all (or a needed statement it cannot follow) becomes {@link Unparsed}.
 */
public final class StatementClassifier {
    /** Leading keywords of PostgreSQL statements; anything else is not a statement we can read. */
    private static final Set<String> KNOWN_LEADING = Set.of("ABORT", "ALTER", "ANALYZE", "BEGIN", "CALL",
            "CHECKPOINT", "CLOSE", "CLUSTER", "COMMENT", "COMMIT", "COPY", "CREATE", "DEALLOCATE", "DECLARE",
            "DELETE", "DISCARD", "DO", "DROP", "END", "EXECUTE", "EXPLAIN", "FETCH", "GRANT", "IMPORT", "INSERT",
            "LISTEN", "LOAD", "LOCK", "MERGE", "MOVE", "NOTIFY", "PREPARE", "REASSIGN", "REFRESH", "REINDEX",
            "RELEASE", "RESET", "REVOKE", "ROLLBACK", "SAVEPOINT", "SECURITY", "SELECT", "SET", "SHOW", "START",
            "TABLE", "TRUNCATE", "UNLISTEN", "UPDATE", "VACUUM", "VALUES", "WITH");

    /** Object kinds that may follow CREATE, ALTER or DROP. */
    private static final Set<String> OBJECTS = Set.of("ACCESS", "AGGREGATE", "CAST", "COLLATION", "CONSTRAINT",
            "CONVERSION", "DATABASE", "DEFAULT", "DOMAIN", "EVENT", "EXTENSION", "FOREIGN", "FUNCTION", "GROUP", "INDEX",
            "LANGUAGE", "LARGE", "MATERIALIZED", "OPERATOR", "OWNED", "POLICY", "PROCEDURE", "PUBLICATION", "RECURSIVE",
            "ROLE", "ROUTINE", "RULE", "SCHEMA", "SEQUENCE", "SERVER", "STATISTICS", "SUBSCRIPTION", "SYSTEM", "TABLE",
            "TABLESPACE", "TEXT", "TRANSFORM", "TRIGGER", "TYPE", "USER", "VIEW");

    private StatementClassifier() {}

    /** Other for a known object kind after CREATE/ALTER/DROP, Unparsed for a misspelt one. */
    private static ParsedStatement otherObject(String verb, TokenCursor c) {
        SqlToken kind = c.peek();
        if (kind == null) {
            return new Unparsed(verb + " without an object", c.here());
        }
        if (kind.type() != SqlToken.Type.WORD || !OBJECTS.contains(kind.upper())) {
            return new Unparsed("`" + verb + " " + kind.text() + "` is not a PostgreSQL statement", kind);
        }
        return new Other(verb + " " + kind.upper());
    }

    public static ParsedStatement classify(List<SqlToken> tokens, String source) {
        TokenCursor c = new TokenCursor(tokens, source);
        SqlToken first = c.peek();
        if (first == null) {
            return new Other("");
        }
        if (first.type() != SqlToken.Type.WORD || !KNOWN_LEADING.contains(first.upper())) {
            if (first.isSymbol("(")) {
                return new Other("SELECT");
            }
            return new Unparsed("`" + first.text() + "` does not start a PostgreSQL statement", first);
        }
        return switch (first.upper()) {
            case "CREATE" -> create(c);
            case "ALTER" -> alter(c);
            case "DROP" -> drop(c);
            case "UPDATE" -> update(c);
            case "DELETE" -> delete(c);
            case "INSERT" -> insert(c);
            case "BEGIN", "START" -> new Transaction(Transaction.Kind.BEGIN);
            case "COMMIT", "END" -> new Transaction(Transaction.Kind.COMMIT);
            case "ROLLBACK", "ABORT" -> c.peek(1) != null && c.peek(1).isWord("TO")
                    ? new Other("ROLLBACK TO SAVEPOINT") : new Transaction(Transaction.Kind.ROLLBACK);
            case "SET" -> set(c);
            case "TRUNCATE" -> truncate(c);
            case "REINDEX", "VACUUM", "ANALYZE", "LOCK", "CLUSTER", "REFRESH" -> maintenance(c);
            default -> new Other(first.upper());
        };
    }

    // ---- CREATE -------------------------------------------------------------------------------

    private static ParsedStatement create(TokenCursor c) {
        c.next();
        c.accept("OR", "REPLACE");
        boolean unique = c.accept("UNIQUE");
        if (c.accept("INDEX")) {
            return createIndex(c, unique);
        }
        if (unique) {
            return new Unparsed("expected INDEX after CREATE UNIQUE", c.here());
        }
        c.accept("GLOBAL");
        c.accept("LOCAL");
        if (c.accept("TEMPORARY") || c.accept("TEMP") || c.accept("UNLOGGED")) {
            // fall through to TABLE
        }
        if (c.accept("TABLE")) {
            return TableDefinitionReader.createTable(c);
        }
        if (c.isWord("TYPE")) {
            c.next();
            QualifiedName type = c.qualifiedName();
            if (type != null && c.accept("AS", "ENUM") && c.isSymbol("(")) {
                List<String> values = new ArrayList<>();
                for (SqlToken t : c.parenthesised()) {
                    if (t.type() == SqlToken.Type.STRING) {
                        values.add(unquote(t.text()));
                    }
                }
                return new CreateEnum(type, values);
            }
            return new Other("CREATE TYPE");
        }
        return otherObject("CREATE", c);
    }

    private static ParsedStatement createIndex(TokenCursor c, boolean unique) {
        boolean concurrently = c.accept("CONCURRENTLY");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        String name = null;
        if (!c.isWord("ON")) {
            QualifiedName indexName = c.qualifiedName();
            name = indexName == null ? null : indexName.name();
        }
        if (!c.accept("ON")) {
            return new Unparsed("expected ON <table> in CREATE INDEX", c.here());
        }
        c.accept("ONLY");
        QualifiedName table = c.qualifiedName();
        if (table == null) {
            return new Unparsed("expected a table name after ON", c.here());
        }
        if (c.accept("USING")) {
            c.next();
        }
        if (!c.isSymbol("(")) {
            return new Unparsed("expected the indexed columns in parentheses", c.here());
        }
        List<String> columns = new ArrayList<>();
        for (List<SqlToken> element : TokenCursor.splitOnCommas(c.parenthesised())) {
            columns.add(element.size() == 1 && element.get(0).isIdentifier()
                    ? element.get(0).identifier() : c.source(element));
        }
        boolean partial = false;
        while (!c.atEnd()) {
            if (c.next().isWord("WHERE")) {
                partial = true;
            }
        }
        return new CreateIndex(table, name, unique, concurrently, ifNotExists, columns, partial);
    }

    // ---- ALTER --------------------------------------------------------------------------------

    private static ParsedStatement alter(TokenCursor c) {
        c.next();
        if (c.accept("TABLE")) {
            boolean ifExists = c.accept("IF", "EXISTS");
            c.accept("ONLY");
            QualifiedName table = c.qualifiedName();
            if (table == null) {
                return new Unparsed("expected a table name after ALTER TABLE", c.here());
            }
            c.acceptSymbol("*");
            if (c.atEnd()) {
                return new Unparsed("ALTER TABLE " + table.display() + " has no action", c.here());
            }
            List<AlterAction> actions = new ArrayList<>();
            while (!c.atEnd()) {
                SqlToken start = c.peek();
                List<SqlToken> actionTokens = c.untilCommaAtDepthZero();
                c.acceptSymbol(",");
                if (actionTokens.isEmpty()) {
                    return new Unparsed("empty action in ALTER TABLE", start);
                }
                AlterAction action = AlterActionReader.read(actionTokens, c);
                if (action == null) {
                    return new Unparsed("could not read the ALTER TABLE action `" + c.source(actionTokens) + "`", start);
                }
                actions.add(action);
            }
            return new AlterTable(table, ifExists, actions);
        }
        if (c.accept("TYPE")) {
            QualifiedName type = c.qualifiedName();
            if (type == null) {
                return new Unparsed("expected a type name after ALTER TYPE", c.here());
            }
            if (c.accept("ADD", "VALUE")) {
                c.accept("IF", "NOT", "EXISTS");
                SqlToken value = c.peek();
                return new AlterType(type, AlterType.Action.ADD_VALUE, value == null ? "" : unquote(value.text()), "");
            }
            if (c.accept("RENAME", "VALUE")) {
                SqlToken from = c.atEnd() ? null : c.next();
                c.accept("TO");
                SqlToken to = c.peek();
                return new AlterType(type, AlterType.Action.RENAME_VALUE, from == null ? "" : unquote(from.text()),
                        to == null ? "" : unquote(to.text()));
            }
            if (c.accept("RENAME", "TO")) {
                String to = c.identifier();
                return new AlterType(type, AlterType.Action.RENAME_TO, to == null ? "" : to, "");
            }
            return new AlterType(type, AlterType.Action.OTHER, "", "");
        }
        return otherObject("ALTER", c);
    }

    // ---- DROP, TRUNCATE -----------------------------------------------------------------------

    private static ParsedStatement drop(TokenCursor c) {
        c.next();
        if (c.accept("TABLE")) {
            c.accept("IF", "EXISTS");
            List<QualifiedName> tables = names(c);
            if (tables.isEmpty()) {
                return new Unparsed("expected a table name after DROP TABLE", c.here());
            }
            return new DropTable(tables, c.accept("CASCADE"));
        }
        if (c.accept("INDEX")) {
            boolean concurrently = c.accept("CONCURRENTLY");
            c.accept("IF", "EXISTS");
            List<QualifiedName> indexes = names(c);
            if (indexes.isEmpty()) {
                return new Unparsed("expected an index name after DROP INDEX", c.here());
            }
            return new DropIndex(indexes, concurrently);
        }
        if (c.accept("TYPE")) {
            c.accept("IF", "EXISTS");
            return new DropType(names(c));
        }
        return otherObject("DROP", c);
    }

    private static List<QualifiedName> names(TokenCursor c) {
        List<QualifiedName> names = new ArrayList<>();
        QualifiedName n = c.qualifiedName();
        while (n != null) {
            names.add(n);
            n = c.acceptSymbol(",") ? c.qualifiedName() : null;
        }
        return names;
    }

    private static ParsedStatement truncate(TokenCursor c) {
        c.next();
        c.accept("TABLE");
        c.accept("ONLY");
        List<QualifiedName> tables = names(c);
        return tables.isEmpty() ? new Unparsed("expected a table name after TRUNCATE", c.here()) : new Truncate(tables);
    }

    // ---- DML ----------------------------------------------------------------------------------

    private static ParsedStatement update(TokenCursor c) {
        c.next();
        c.accept("ONLY");
        QualifiedName table = c.qualifiedName();
        if (table == null) {
            return new Unparsed("expected a table name after UPDATE", c.here());
        }
        return new DataChange(DataChange.Kind.UPDATE, table, hasTopLevelWhere(c));
    }

    private static ParsedStatement delete(TokenCursor c) {
        c.next();
        if (!c.accept("FROM")) {
            return new Unparsed("expected FROM after DELETE", c.here());
        }
        c.accept("ONLY");
        QualifiedName table = c.qualifiedName();
        if (table == null) {
            return new Unparsed("expected a table name after DELETE FROM", c.here());
        }
        return new DataChange(DataChange.Kind.DELETE, table, hasTopLevelWhere(c));
    }

    private static ParsedStatement insert(TokenCursor c) {
        c.next();
        if (!c.accept("INTO")) {
            return new Unparsed("expected INTO after INSERT", c.here());
        }
        QualifiedName table = c.qualifiedName();
        return table == null ? new Unparsed("expected a table name after INSERT INTO", c.here())
                : new DataChange(DataChange.Kind.INSERT, table, false);
    }

    private static boolean hasTopLevelWhere(TokenCursor c) {
        int depth = 0;
        while (!c.atEnd()) {
            SqlToken t = c.next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.isWord("WHERE")) {
                return true;
            }
        }
        return false;
    }

    // ---- SET, maintenance ---------------------------------------------------------------------

    private static ParsedStatement set(TokenCursor c) {
        c.next();
        boolean local = c.accept("LOCAL");
        c.accept("SESSION");
        if (c.isWord("TRANSACTION") || c.isWord("CONSTRAINTS") || c.isWord("ROLE")) {
            return new Other("SET " + c.peek().upper());
        }
        String name = c.identifier();
        if (name == null) {
            return new Unparsed("expected a parameter name after SET", c.here());
        }
        if (!c.acceptSymbol("=") && !c.accept("TO")) {
            return new Unparsed("expected = or TO after SET " + name, c.here());
        }
        StringBuilder value = new StringBuilder();
        while (!c.atEnd()) {
            SqlToken t = c.next();
            value.append(t.type() == SqlToken.Type.STRING ? unquote(t.text()) : t.text());
        }
        return new SetParameter(name.toLowerCase(java.util.Locale.ROOT), value.toString(), local);
    }

    private static ParsedStatement maintenance(TokenCursor c) {
        String keyword = c.next().upper();
        boolean concurrently = false;
        QualifiedName table = null;
        while (!c.atEnd()) {
            SqlToken t = c.peek();
            if (t.isWord("CONCURRENTLY")) {
                concurrently = true;
                c.next();
            } else if (t.isSymbol("(")) {
                c.parenthesised();
            } else if (t.isIdentifier() && !isMaintenanceKeyword(t)) {
                table = c.qualifiedName();
                break;
            } else {
                c.next();
            }
        }
        return new Maintenance(keyword, concurrently, table);
    }

    private static boolean isMaintenanceKeyword(SqlToken t) {
        return t.type() == SqlToken.Type.WORD && Set.of("TABLE", "INDEX", "SCHEMA", "DATABASE", "SYSTEM", "ONLY",
                "FULL", "FREEZE", "VERBOSE", "ANALYZE", "MATERIALIZED", "VIEW", "IN").contains(t.upper());
    }

    static String unquote(String literal) {
        if (literal.startsWith("'") && literal.endsWith("'") && literal.length() >= 2) {
            return literal.substring(1, literal.length() - 1).replace("''", "'");
        }
        if ((literal.startsWith("E'") || literal.startsWith("e'")) && literal.endsWith("'")) {
            return literal.substring(2, literal.length() - 1).replace("''", "'");
        }
        return literal;
    }
}
