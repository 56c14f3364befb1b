package dev.shale.lint.sql;

import dev.shale.lint.sql.ParsedStatement.CreateTable;
import dev.shale.lint.sql.ParsedStatement.Unparsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code CREATE TABLE} bodies and column definitions (shared with {@code ADD COLUMN}). */
final class TableDefinitionReader {
    /** Words that end a column's type and start its constraints. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of("NOT", "NULL", "DEFAULT", "CONSTRAINT", "PRIMARY",
            "UNIQUE", "REFERENCES", "CHECK", "GENERATED", "COLLATE", "USING", "DEFERRABLE", "INITIALLY");
    private static final Set<String> TABLE_CONSTRAINT_WORDS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN",
            "CHECK", "EXCLUDE", "LIKE");

    private TableDefinitionReader() {}

    static ParsedStatement createTable(TokenCursor c) {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        QualifiedName table = c.qualifiedName();
        if (table == null) {
            return new Unparsed("expected a table name after CREATE TABLE", c.here());
        }
        if (!c.isSymbol("(")) {
            // CREATE TABLE ... AS SELECT, PARTITION OF ...: a new table, no column list to read
            return c.isWord("AS") || c.isWord("PARTITION") || c.isWord("OF")
                    ? new CreateTable(table, ifNotExists, List.of(), List.of(), false)
                    : new Unparsed("expected ( or AS after CREATE TABLE " + table.display(), c.here());
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        boolean hasForeignKey = false;
        for (List<SqlToken> element : TokenCursor.splitOnCommas(c.parenthesised())) {
            if (element.isEmpty()) {
                continue;
            }
            SqlToken head = element.get(0);
            if (head.type() == SqlToken.Type.WORD && TABLE_CONSTRAINT_WORDS.contains(head.upper())) {
                TokenCursor e = new TokenCursor(element, "");
                while (!e.atEnd()) {
                    SqlToken t = e.next();
                    if (t.isWord("FOREIGN") || t.isWord("REFERENCES")) {
                        hasForeignKey = true;
                    } else if (t.isWord("PRIMARY") && e.accept("KEY") && e.isSymbol("(")) {
                        for (SqlToken k : e.parenthesised()) {
                            if (k.isIdentifier()) {
                                primaryKey.add(k.identifier());
                            }
                        }
                    }
                }
                continue;
            }
            ColumnDefinition column = column(element, c);
            if (column == null) {
                return new Unparsed("could not read the column definition", head);
            }
            hasForeignKey |= column.references();
            if (column.primaryKey()) {
                primaryKey.add(column.name());
            }
            columns.add(column);
        }
        return new CreateTable(table, ifNotExists, columns, primaryKey, hasForeignKey);
    }

    /** A column definition: name, type, then constraints in any order; null when there is no name and type. */
    static ColumnDefinition column(List<SqlToken> tokens, TokenCursor sourceOf) {
        TokenCursor c = new TokenCursor(tokens, "");
        String name = c.identifier();
        if (name == null || c.atEnd()) {
            return null;
        }
        List<SqlToken> typeTokens = new ArrayList<>();
        int depth = 0;
        while (!c.atEnd()) {
            SqlToken t = c.peek();
            if (depth == 0 && t.type() == SqlToken.Type.WORD && CONSTRAINT_WORDS.contains(t.upper())) {
                break;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            typeTokens.add(c.next());
        }
        if (typeTokens.isEmpty()) {
            return null;
        }
        boolean notNull = false;
        String defaultExpression = "";
        boolean generatedStored = false;
        boolean identity = false;
        boolean primaryKey = false;
        boolean references = false;
        boolean unique = false;
        boolean check = false;
        while (!c.atEnd()) {
            SqlToken t = c.next();
            if (t.isWord("NOT") && c.accept("NULL")) {
                notNull = true;
            } else if (t.isWord("DEFAULT")) {
                defaultExpression = sourceOf.source(expression(c));
            } else if (t.isWord("PRIMARY")) {
                c.accept("KEY");
                primaryKey = true;
                notNull = true;
            } else if (t.isWord("UNIQUE")) {
                unique = true;
            } else if (t.isWord("REFERENCES")) {
                references = true;
            } else if (t.isWord("CHECK")) {
                check = true;
                if (c.isSymbol("(")) {
                    c.parenthesised();
                }
            } else if (t.isWord("GENERATED")) {
                List<SqlToken> rest = expression(c);
                boolean isIdentity = rest.stream().anyMatch(r -> r.isWord("IDENTITY"));
                identity |= isIdentity;
                generatedStored |= !isIdentity && rest.stream().anyMatch(r -> r.isWord("STORED"));
            } else if (t.isSymbol("(")) {
                // skip option lists and the like
                depth = 1;
                while (!c.atEnd() && depth > 0) {
                    SqlToken u = c.next();
                    depth += u.isSymbol("(") ? 1 : u.isSymbol(")") ? -1 : 0;
                }
            }
        }
        return new ColumnDefinition(name, typeText(typeTokens), notNull, defaultExpression, generatedStored, identity,
                primaryKey, references, unique, check);
    }

    /** Tokens of an expression up to the next constraint keyword at depth 0. */
    private static List<SqlToken> expression(TokenCursor c) {
        List<SqlToken> out = new ArrayList<>();
        int depth = 0;
        while (!c.atEnd()) {
            SqlToken t = c.peek();
            if (depth == 0 && t.type() == SqlToken.Type.WORD && CONSTRAINT_WORDS.contains(t.upper())
                    && !(t.isWord("NULL") && out.isEmpty()) && !(t.isWord("NOT") && out.isEmpty())) {
                break;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            out.add(c.next());
        }
        return out;
    }

    /** A type as one normalised string: keywords upper-cased, no blanks around parentheses. */
    static String typeText(List<SqlToken> tokens) {
        StringBuilder sb = new StringBuilder();
        SqlToken previous = null;
        for (SqlToken t : tokens) {
            boolean glue = previous == null || t.type() == SqlToken.Type.SYMBOL || previous.type() == SqlToken.Type.SYMBOL;
            if (!glue) {
                sb.append(' ');
            }
            sb.append(switch (t.type()) {
                case WORD -> t.upper();
                case QUOTED_IDENT -> "\"" + t.text() + "\"";
                default -> t.text();
            });
            previous = t;
        }
        return sb.toString();
    }
}
