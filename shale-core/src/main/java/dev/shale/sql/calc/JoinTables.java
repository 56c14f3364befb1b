package dev.shale.sql.calc;

import dev.shale.datamodel.ImplicitManyToManyRelation;
import dev.shale.datamodel.Provider;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.IndexKind;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The join table of an implicit many-to-many relation: {@code _Name(A, B)}, A referencing model A's
 * id and B model B's, unique on (A, B) (the primary key on PostgreSQL), indexed on B, in model A's
 * schema. Its names are cut so they cannot collide, as Prisma cuts them.
 */
final class JoinTables {
    private JoinTables() {}

    static Table table(ImplicitManyToManyRelation m2m, Table a, Table b, Provider provider, int max, boolean foreignKeys) {
        String name = takeChars(m2m.tableName(), max);
        Column colA = new Column("A", a.column(a.primaryKey().columns().get(0).column()).orElseThrow().type(),
                Arity.REQUIRED, null, false);
        Column colB = new Column("B", b.column(b.primaryKey().columns().get(0).column()).orElseThrow().type(),
                Arity.REQUIRED, null, false);
        PrimaryKey pk = null;
        Index unique = null;
        if (provider == Provider.POSTGRESQL) {
            pk = new PrimaryKey(takeChars(name, max - "_AB_pkey".length()) + "_AB_pkey", IndexColumn.all("A", "B"));
        } else {
            unique = new Index(takeChars(name, max - "_AB_unique".length()) + "_AB_unique", IndexKind.UNIQUE,
                    IndexColumn.all("A", "B"), null, null);
        }
        Index indexB = new Index(takeChars(name, max - 8) + "_B_index", IndexKind.NORMAL, IndexColumn.all("B"), null, null);
        List<Index> indexes = unique == null ? List.of(indexB) : List.of(unique, indexB);
        List<ForeignKey> fks = List.of();
        if (foreignKeys) {
            // Different from the usual naming so these names can never collide.
            int maxTable = max - "_fkey".length() - 2;
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            String cut = bytes.length > maxTable ? new String(bytes, 0, maxTable, StandardCharsets.UTF_8) : name;
            String fkA = (bytes.length > maxTable ? cut : name) + "_A_fkey";
            String fkB = (bytes.length >= maxTable ? cut : name) + "_B_fkey";
            fks = List.of(
                    new ForeignKey(fkA, List.of("A"), a.namespace(), a.name(), List.of(a.primaryKey().columns().get(0).column()),
                            ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE),
                    new ForeignKey(fkB, List.of("B"), b.namespace(), b.name(), List.of(b.primaryKey().columns().get(0).column()),
                            ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE));
        }
        return new Table(a.namespace(), name, List.of(colA, colB), pk, indexes, fks);
    }

    private static String takeChars(String s, int n) {
        int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }
}
