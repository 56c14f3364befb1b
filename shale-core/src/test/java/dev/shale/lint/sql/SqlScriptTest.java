package dev.shale.lint.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.migrations.PrismaChecksum;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void semicolonsInsideBodiesStringsAndCommentsDoNotSplit() {
        SqlScript script = SqlScript.parse("""
                -- a; comment
                CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN x := 'a;b'; RETURN NEW; END; $body$ LANGUAGE plpgsql;
                SELECT 'it''s; fine', E'back\\';slash', "odd;name" FROM t; /* block; /* nested; */ */
                CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
                DO $$ BEGIN PERFORM 1; END $$;
                """);
        assertThat(script.syntaxError()).isNull();
        assertThat(script.statements()).extracting(SqlStatement::line).containsExactly(2, 3, 4, 5);
        assertThat(script.statements().get(0).leadingComments()).extracting(SqlComment::body).containsExactly("a; comment");
        assertThat(script.statements().get(1).trailingComments()).hasSize(1);
    }

    @Test
    void prismaAlterTableActionsAreRead() {
        SqlScript script = SqlScript.parse("""
                ALTER TABLE "Post" ADD COLUMN     "slug" TEXT NOT NULL,
                ADD COLUMN     "views" INTEGER NOT NULL DEFAULT 0,
                ALTER COLUMN "title" SET DATA TYPE VARCHAR(100),
                DROP COLUMN "legacy",
                ADD CONSTRAINT "Post_a_fkey" FOREIGN KEY ("a") REFERENCES public."User"("id") ON DELETE CASCADE NOT VALID;
                """);
        ParsedStatement.AlterTable alter = (ParsedStatement.AlterTable) script.statements().get(0).parsed();
        assertThat(alter.table().name()).isEqualTo("Post");
        List<AlterAction> actions = alter.actions();
        assertThat(actions).hasSize(5);
        AlterAction.AddColumn slug = (AlterAction.AddColumn) actions.get(0);
        assertThat(slug.column().notNull()).isTrue();
        assertThat(slug.column().hasDefault()).isFalse();
        assertThat(((AlterAction.AddColumn) actions.get(1)).column().defaultExpression()).isEqualTo("0");
        assertThat(((AlterAction.AlterColumnType) actions.get(2)).newType()).isEqualTo("VARCHAR(100)");
        assertThat(((AlterAction.DropColumn) actions.get(3)).column()).isEqualTo("legacy");
        AlterAction.AddConstraint fk = (AlterAction.AddConstraint) actions.get(4);
        assertThat(fk.kind()).isEqualTo(AlterAction.ConstraintKind.FOREIGN_KEY);
        assertThat(fk.notValid()).isTrue();
        assertThat(fk.referencedTable()).isEqualTo(new QualifiedName("public", "User"));
        assertThat(actions.get(4).at().line()).isEqualTo(5);
    }

    @Test
    void identifiersFoldAsPostgresDoes() {
        ParsedStatement.CreateIndex index = (ParsedStatement.CreateIndex) SqlScript.parse(
                "create unique index concurrently if not exists Idx on Public.\"Order\" using btree (lower(email), \"Id\") where x").statements().get(0).parsed();
        assertThat(index.table()).isEqualTo(new QualifiedName("public", "Order"));
        assertThat(index.name()).isEqualTo("idx");
        assertThat(index.unique()).isTrue();
        assertThat(index.concurrently()).isTrue();
        assertThat(index.partial()).isTrue();
        assertThat(index.columns()).containsExactly("lower(email)", "Id");
    }

    /** Whatever text comes in, reading it never throws and every statement has a real position. */
    @Property(tries = 500)
    void neverThrowsOnArbitraryText(@ForAll @StringLength(max = 200) String text) {
        SqlScript script = SqlScript.parse(text);
        for (SqlStatement s : script.statements()) {
            assertThat(s.line()).isPositive();
            assertThat(s.column()).isPositive();
            assertThat(s.parsed()).isNotNull();
        }
    }

    @Property(tries = 300)
    void neverThrowsOnShuffledSqlWords(@ForAll("sqlish") String text) {
        assertThat(SqlScript.parse(text).statements()).allSatisfy(s -> assertThat(s.parsed()).isNotNull());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> sqlish() {
        return net.jqwik.api.Arbitraries.of("ALTER", "TABLE", "\"T\"", "ADD", "COLUMN", "CONSTRAINT", "CHECK", "(", ")",
                ",", ";", "NOT", "NULL", "VALID", "CREATE", "INDEX", "ON", "CONCURRENTLY", "DEFAULT", "'x'", "$$", "TYPE",
                "USING", "DROP", "SET", "DATA", "FOREIGN", "KEY", "REFERENCES", "UNIQUE", "PRIMARY", "--c\n", "UPDATE",
                "DELETE", "FROM", "WHERE", "BEGIN", "ATOMIC", "END", "x", "1", ".")
                .list().ofMaxSize(30).map(words -> String.join(" ", words));
    }

    @Test
    void checksumIsPrismasSha256AndToleratesCrlf() {
        assertThat(PrismaChecksum.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        byte[] lf = "SELECT 1;\n".getBytes(StandardCharsets.UTF_8);
        byte[] crlf = "SELECT 1;\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(PrismaChecksum.matches(crlf, PrismaChecksum.of(lf))).isTrue();
        assertThat(PrismaChecksum.matches(lf, PrismaChecksum.of(crlf))).isFalse();
        assertThat(PrismaChecksum.matches(lf, PrismaChecksum.of(lf).toUpperCase())).isTrue();
    }
}
