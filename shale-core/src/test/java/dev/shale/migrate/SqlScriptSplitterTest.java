package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SqlScriptSplitterTest {

    private static List<String> sql(String script, DatabaseKind kind) {
        return SqlScriptSplitter.split(script, kind).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsPrismaGeneratedScriptsAndKeepsLines() {
        String script = """
                -- CreateTable
                CREATE TABLE "User" (
                    "id" SERIAL NOT NULL,
                    "email" TEXT NOT NULL,

                    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
                );

                -- CreateIndex
                CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
                """;
        List<SqlStatement> statements = SqlScriptSplitter.split(script, DatabaseKind.POSTGRESQL);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).line()).isEqualTo(2);
        assertThat(statements.get(0).sql()).startsWith("CREATE TABLE \"User\"").endsWith(")");
        assertThat(statements.get(1).line()).isEqualTo(10);
        assertThat(statements.get(1).sql()).isEqualTo("CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\")");
    }

    @Test
    void postgresDollarQuotesStringsAndComments() {
        String script = """
                CREATE FUNCTION f() RETURNS trigger AS $$
                BEGIN
                  NEW.x := 'a;b'; -- inner;
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;
                CREATE FUNCTION g() RETURNS text AS $body$ SELECT $x$;$x$ $body$ LANGUAGE sql;
                SELECT E'it\\'s; fine', 'it''s; fine', "we;ird" FROM t;
                /* block ; /* nested ; */ still comment; */ SELECT 1;
                SELECT $1::int;
                -- only a comment;
                """;
        List<String> s = sql(script, DatabaseKind.POSTGRESQL);
        assertThat(s).hasSize(5);
        assertThat(s.get(0)).endsWith("$$ LANGUAGE plpgsql");
        assertThat(s.get(1)).endsWith("$body$ LANGUAGE sql");
        assertThat(s.get(2)).isEqualTo("SELECT E'it\\'s; fine', 'it''s; fine', \"we;ird\" FROM t");
        assertThat(s.get(3)).isEqualTo("SELECT 1");
        assertThat(s.get(4)).isEqualTo("SELECT $1::int");
    }

    @Test
    void postgresBeginAtomicBodiesAndTransactionStatements() {
        String script = """
                BEGIN;
                CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN a IS NULL THEN 0 ELSE a END + b;
                  SELECT 1;
                END;
                COMMIT;
                """;
        List<String> s = sql(script, DatabaseKind.POSTGRESQL);
        assertThat(s).containsExactly("BEGIN", s.get(1), "COMMIT");
        assertThat(s.get(1)).startsWith("CREATE FUNCTION add").endsWith("END");
    }

    @Test
    void mysqlRoutinesTriggersCommentsAndStrings() {
        String script = """
                CREATE TABLE `t;1` (id INT); # hash comment;
                CREATE DEFINER=`root`@`%` PROCEDURE p(IN x INT)
                BEGIN
                  DECLARE done INT DEFAULT 0;
                  IF x > 0 THEN
                    SET done = IF(x > 1, 1, 0);
                  ELSEIF x < 0 THEN
                    DROP TABLE IF EXISTS tmp;
                  END IF;
                  lbl: LOOP
                    LEAVE lbl;
                  END LOOP lbl;
                  WHILE done < 3 DO SET done = done + 1; END WHILE;
                  REPEAT SET done = done - 1; UNTIL done = 0 END REPEAT;
                  CASE x WHEN 1 THEN SELECT 1; ELSE SELECT 2; END CASE;
                END;
                CREATE TRIGGER trg BEFORE INSERT ON `t;1` FOR EACH ROW BEGIN SET NEW.id = NEW.id + 1; END;
                INSERT INTO x VALUES ("a;\\"b", 'c;\\'d');
                SELECT 1--1;
                SELECT 2;
                /*!40101 SET NAMES utf8 */;
                """;
        List<String> s = sql(script, DatabaseKind.MYSQL);
        assertThat(s).hasSize(7);
        assertThat(s.get(0)).isEqualTo("CREATE TABLE `t;1` (id INT)");
        assertThat(s.get(1)).startsWith("CREATE DEFINER").endsWith("END CASE;\nEND");
        assertThat(s.get(2)).endsWith("NEW.id + 1; END");
        assertThat(s.get(3)).isEqualTo("INSERT INTO x VALUES (\"a;\\\"b\", 'c;\\'d')");
        assertThat(s.get(4)).isEqualTo("SELECT 1--1");
        assertThat(s.get(5)).isEqualTo("SELECT 2");
        assertThat(s.get(6)).isEqualTo("/*!40101 SET NAMES utf8 */");
    }

    @Test
    void sqliteTriggersAndBracketIdentifiers() {
        String script = """
                PRAGMA foreign_keys=OFF;
                CREATE TRIGGER upd AFTER UPDATE ON [a;b] BEGIN
                  UPDATE log SET n = CASE WHEN n IS NULL THEN 1 ELSE n + 1 END;
                  INSERT INTO log2 VALUES ('x;y');
                END;
                CREATE TABLE "trigger_log" (id INTEGER);
                PRAGMA foreign_keys=ON;
                """;
        List<String> s = sql(script, DatabaseKind.SQLITE);
        assertThat(s).hasSize(4);
        assertThat(s.get(1)).startsWith("CREATE TRIGGER").endsWith("END");
        assertThat(s.get(2)).isEqualTo("CREATE TABLE \"trigger_log\" (id INTEGER)");
    }

    @Test
    void aTableWithARoutineWordInItsColumnsIsNoRoutine() {
        List<String> s = sql("CREATE TABLE t (function int, \"begin\" int);\nSELECT 1;", DatabaseKind.POSTGRESQL);
        assertThat(s).containsExactly("CREATE TABLE t (function int, \"begin\" int)", "SELECT 1");
    }

    @Test
    void lastStatementWithoutSemicolonAndEmptyScripts() {
        assertThat(sql("SELECT 1;\nSELECT 2", DatabaseKind.POSTGRESQL)).containsExactly("SELECT 1", "SELECT 2");
        assertThat(sql("-- nothing\n\n/* at all */\n", DatabaseKind.POSTGRESQL)).isEmpty();
        assertThat(sql("", DatabaseKind.MYSQL)).isEmpty();
        assertThat(sql(";;;", DatabaseKind.SQLITE)).isEmpty();
    }

    @Test
    void onlyStatementsWithoutRowsAreBatched() {
        assertThat(MigrationRunner.batchable(new SqlStatement("CREATE TABLE t (id int)", 1))).isTrue();
        assertThat(MigrationRunner.batchable(new SqlStatement("ALTER TABLE t ADD COLUMN x int", 1))).isTrue();
        assertThat(MigrationRunner.batchable(new SqlStatement("INSERT INTO t VALUES (1)", 1))).isTrue();
        assertThat(MigrationRunner.batchable(new SqlStatement("select setval('s', 1)", 1))).isFalse();
        assertThat(MigrationRunner.batchable(new SqlStatement("WITH x AS (SELECT 1) SELECT * FROM x", 1))).isFalse();
        assertThat(MigrationRunner.batchable(new SqlStatement("INSERT INTO t VALUES (1) RETURNING id", 1))).isFalse();
        assertThat(MigrationRunner.batchable(new SqlStatement("(SELECT 1)", 1))).isFalse();
    }

    @Test
    void errorPositionsBecomeFileLines() {
        SqlStatement st = SqlScriptSplitter.split("\n\nSELECT\n  1/0\n  FROM t;", DatabaseKind.POSTGRESQL).get(0);
        assertThat(st.line()).isEqualTo(3);
        assertThat(st.lineOf(1)).isEqualTo(3);
        assertThat(st.lineOf(st.sql().indexOf("1/0") + 1)).isEqualTo(4);
        assertThat(st.lineOf(st.sql().indexOf("FROM") + 1)).isEqualTo(5);
    }

    /** Tricky statements for each database; any sequence of them joined by semicolons splits back into them. */
    @Provide
    Arbitrary<List<String>> postgresStatements() {
        return Arbitraries.of(
                "SELECT 'a;b'", "SELECT E'x\\';y'", "SELECT \"q;\"\"\" FROM t", "SELECT $$;$$",
                "CREATE FUNCTION f() RETURNS int AS $f$ BEGIN RETURN 1; END; $f$ LANGUAGE plpgsql",
                "SELECT 1 /* ; */", "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
                "SELECT CASE WHEN true THEN 1 END", "CREATE INDEX CONCURRENTLY i ON t(x)",
                "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END",
                "SELECT 1\n-- trailing ; comment\n").list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void postgresScriptsSplitBackIntoTheirStatements(@ForAll("postgresStatements") List<String> statements) {
        assertThat(sql(String.join(";\n", statements) + ";", DatabaseKind.POSTGRESQL))
                .containsExactlyElementsOf(statements.stream().map(String::strip).toList());
    }

    @Provide
    Arbitrary<List<String>> mysqlStatements() {
        return Arbitraries.of(
                "SELECT 'a;b'", "SELECT \"a;\\\"b\"", "SELECT `c;d` FROM t", "SELECT 1 # ; hash",
                "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN IF NEW.a IS NULL THEN SET NEW.a = 1; END IF; END",
                "CREATE FUNCTION f() RETURNS INT DETERMINISTIC BEGIN DECLARE r INT; SET r = (SELECT 1); RETURN r; END",
                "DROP TABLE IF EXISTS t", "SELECT 1 /* ; */").list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void mysqlScriptsSplitBackIntoTheirStatements(@ForAll("mysqlStatements") List<String> statements) {
        List<String> expected = new ArrayList<>();
        for (String s : statements) {
            expected.add(s.strip());
        }
        // A `#` comment runs to the end of the line: give each statement its own line.
        assertThat(sql(String.join("\n;\n", statements) + "\n;", DatabaseKind.MYSQL)).containsExactlyElementsOf(expected);
    }
}
