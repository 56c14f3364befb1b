package dev.shale.lint.sql;

import dev.shale.lint.sql.AlterAction.*;
import java.util.ArrayList;
import java.util.List;

/** Reads one comma-separated action of an {@code ALTER TABLE}; null when it cannot. */
final class AlterActionReader {
    private AlterActionReader() {}

    static AlterAction read(List<SqlToken> tokens, TokenCursor outer) {
        TokenCursor c = new TokenCursor(tokens, "");
        SqlToken at = tokens.get(0);
        if (c.accept("ADD")) {
            if (isConstraintStart(c)) {
                return addConstraint(at, c, outer);
            }
            c.accept("COLUMN");
            boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
            ColumnDefinition column = TableDefinitionReader.column(tokens.subList(c.index(), tokens.size()), outer);
            return column == null ? null : new AddColumn(at, column, ifNotExists);
        }
        if (c.accept("DROP")) {
            if (c.accept("CONSTRAINT")) {
                boolean ifExists = c.accept("IF", "EXISTS");
                String name = c.identifier();
                return name == null ? null : new DropConstraint(at, name, ifExists);
            }
            c.accept("COLUMN");
            boolean ifExists = c.accept("IF", "EXISTS");
            String column = c.identifier();
            return column == null ? null : new DropColumn(at, column, ifExists);
        }
        if (c.accept("ALTER")) {
            if (c.accept("CONSTRAINT")) {
                return new Other(at, outer.source(tokens));
            }
            c.accept("COLUMN");
            String column = c.identifier();
            if (column == null) {
                return null;
            }
            if (c.accept("TYPE") || c.accept("SET", "DATA", "TYPE")) {
                List<SqlToken> type = new ArrayList<>();
                while (!c.atEnd() && !c.isWord("USING") && !c.isWord("COLLATE")) {
                    type.add(c.next());
                }
                if (type.isEmpty()) {
                    return null;
                }
                String using = "";
                while (!c.atEnd()) {
                    if (c.next().isWord("USING")) {
                        using = outer.source(tokens.subList(c.index(), tokens.size()));
                        break;
                    }
                }
                return new AlterColumnType(at, column, TableDefinitionReader.typeText(type), using);
            }
            if (c.accept("SET", "NOT", "NULL")) {
                return new SetNotNull(at, column);
            }
            if (c.accept("DROP", "NOT", "NULL")) {
                return new DropNotNull(at, column);
            }
            if (c.accept("SET", "DEFAULT")) {
                return new SetDefault(at, column, outer.source(tokens.subList(c.index(), tokens.size())));
            }
            if (c.accept("DROP", "DEFAULT")) {
                return new DropDefault(at, column);
            }
            return new Other(at, outer.source(tokens));
        }
        if (c.accept("VALIDATE", "CONSTRAINT")) {
            String name = c.identifier();
            return name == null ? null : new ValidateConstraint(at, name);
        }
        if (c.accept("RENAME")) {
            if (c.accept("TO")) {
                String to = c.identifier();
                return to == null ? null : new RenameTable(at, to);
            }
            if (c.accept("CONSTRAINT")) {
                return new Other(at, outer.source(tokens));
            }
            c.accept("COLUMN");
            String from = c.identifier();
            if (from == null || !c.accept("TO")) {
                return null;
            }
            String to = c.identifier();
            return to == null ? null : new RenameColumn(at, from, to);
        }
        return new Other(at, outer.source(tokens));
    }

    private static boolean isConstraintStart(TokenCursor c) {
        SqlToken t = c.peek();
        return t != null && t.type() == SqlToken.Type.WORD && (t.isWord("CONSTRAINT") || t.isWord("PRIMARY")
                || t.isWord("UNIQUE") || t.isWord("FOREIGN") || t.isWord("CHECK") || t.isWord("EXCLUDE"));
    }

    private static AlterAction addConstraint(SqlToken at, TokenCursor c, TokenCursor outer) {
        String name = "";
        if (c.accept("CONSTRAINT")) {
            name = c.identifier();
            if (name == null) {
                return null;
            }
        }
        ConstraintKind kind;
        List<String> columns = new ArrayList<>();
        String check = "";
        QualifiedName referenced = null;
        boolean usingIndex = false;
        if (c.accept("FOREIGN", "KEY")) {
            kind = ConstraintKind.FOREIGN_KEY;
            columns = identifiers(c);
            if (!c.accept("REFERENCES")) {
                return null;
            }
            referenced = c.qualifiedName();
        } else if (c.accept("CHECK")) {
            kind = ConstraintKind.CHECK;
            if (!c.isSymbol("(")) {
                return null;
            }
            check = outer.source(c.parenthesised());
        } else if (c.accept("UNIQUE") || c.accept("PRIMARY", "KEY")) {
            kind = c.tokensRead().stream().anyMatch(t -> t.isWord("PRIMARY")) ? ConstraintKind.PRIMARY_KEY
                    : ConstraintKind.UNIQUE;
            c.accept("NULLS", "NOT", "DISTINCT");
            c.accept("NULLS", "DISTINCT");
            if (c.accept("USING", "INDEX")) {
                usingIndex = true;
            } else {
                columns = identifiers(c);
            }
        } else if (c.accept("EXCLUDE")) {
            kind = ConstraintKind.EXCLUDE;
        } else {
            kind = ConstraintKind.OTHER;
        }
        boolean notValid = false;
        while (!c.atEnd()) {
            if (c.next().isWord("NOT") && c.accept("VALID")) {
                notValid = true;
            }
        }
        return new AddConstraint(at, name, kind, notValid, usingIndex, columns, check, referenced);
    }

    private static List<String> identifiers(TokenCursor c) {
        List<String> names = new ArrayList<>();
        if (c.isSymbol("(")) {
            for (SqlToken t : c.parenthesised()) {
                if (t.isIdentifier()) {
                    names.add(t.identifier());
                }
            }
        }
        return names;
    }
}
