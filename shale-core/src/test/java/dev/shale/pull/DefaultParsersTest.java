package dev.shale.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.sql.TypeFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default readers on inputs the golden databases do not produce (MySQL 8, odd PostgreSQL spellings). */
class DefaultParsersTest {

    private static String pg(String expr, TypeFamily f) {
        return describe(PostgresDefaultParser.parse(expr, f, false));
    }

    private static String describe(PrismaDefault d) {
        if (d == null) {
            return "none";
        }
        if (d instanceof PrismaDefault.ListOf l) {
            return l.values().stream().map(DefaultParsersTest::describe).toList().toString();
        }
        return d.toString();
    }

    @Test
    void postgresLiteralsCastsAndExpressions() {
        assertThat(pg("'x'::character varying", TypeFamily.STRING)).isEqualTo("Text[value=x]");
        assertThat(pg("E'a\\nb'::text", TypeFamily.STRING)).isEqualTo("Text[value=a\nb]");
        assertThat(pg("'-4'::integer", TypeFamily.INT)).isEqualTo("Constant[text=-4]");
        assertThat(pg("(-1.5)", TypeFamily.DECIMAL)).isEqualTo("Constant[text=-1.5]");
        assertThat(pg("'1.50'::numeric", TypeFamily.DECIMAL)).isEqualTo("Constant[text=1.50]");
        assertThat(pg("nextval('\"T_id_seq\"'::regclass)", TypeFamily.INT)).isEqualTo("Autoincrement[]");
        assertThat(pg("nextval(('s'::text)::regclass)", TypeFamily.BIGINT)).isEqualTo("Autoincrement[]");
        assertThat(pg("CURRENT_TIMESTAMP", TypeFamily.DATETIME)).isEqualTo("Now[]");
        assertThat(pg("'2020-01-01 00:00:00'::timestamp without time zone", TypeFamily.DATETIME))
                .isEqualTo("DbGenerated[expression='2020-01-01 00:00:00'::timestamp without time zone]");
        assertThat(pg("'sad'::\"Mood\"", TypeFamily.ENUM)).isEqualTo("EnumValue[dbValue=sad]");
        assertThat(pg("gen_random_uuid()", TypeFamily.UUID)).isEqualTo("DbGenerated[expression=gen_random_uuid()]");
        assertThat(pg("(1 + 2)", TypeFamily.INT)).isEqualTo("DbGenerated[expression=(1 + 2)]");
        assertThat(pg("NULL::text", TypeFamily.STRING)).isEqualTo("none");
        assertThat(describe(PostgresDefaultParser.parse("ARRAY['a'::text, 'b c'::text]", TypeFamily.STRING, true)))
                .isEqualTo("[Text[value=a], Text[value=b c]]");
        assertThat(describe(PostgresDefaultParser.parse("'{1,\"2\"}'::integer[]", TypeFamily.INT, true)))
                .isEqualTo("[Constant[text=1], Constant[text=2]]");
    }

    @Test
    void mysql8MarksExpressionsAndLeavesLiteralsBare() {
        assertThat(MysqlDefaultParser.parse("abc", "", TypeFamily.STRING, false)).isEqualTo(new PrismaDefault.Text("abc"));
        assertThat(MysqlDefaultParser.parse("it\\'s", "", TypeFamily.STRING, false)).isEqualTo(new PrismaDefault.Text("it's"));
        assertThat(MysqlDefaultParser.parse("uuid()", "DEFAULT_GENERATED", TypeFamily.STRING, false))
                .isEqualTo(new PrismaDefault.DbGenerated("(uuid())"));
        assertThat(MysqlDefaultParser.parse("CURRENT_TIMESTAMP(3)", "DEFAULT_GENERATED", TypeFamily.DATETIME, false))
                .isEqualTo(new PrismaDefault.Now());
        assertThat(MysqlDefaultParser.parse("2020-01-01 00:00:00", "", TypeFamily.DATETIME, false))
                .isEqualTo(new PrismaDefault.DbGenerated("'2020-01-01 00:00:00'"));
        assertThat(MysqlDefaultParser.parse("1", "", TypeFamily.BOOLEAN, false)).isEqualTo(new PrismaDefault.Constant("true"));
        assertThat(MysqlDefaultParser.parse("B", "", TypeFamily.ENUM, false)).isEqualTo(new PrismaDefault.EnumValue("B"));
        assertThat(MysqlDefaultParser.parse("NULL", "", TypeFamily.STRING, true)).isNull();
        assertThat(MysqlDefaultParser.parse("'a\\nb'", "", TypeFamily.STRING, true)).isEqualTo(new PrismaDefault.Text("a\nb"));
    }

    @Test
    void sqliteKeepsJsonAsWrittenAndDatesAsExpressions() {
        assertThat(SqliteDefaultParser.parse("'{}'", TypeFamily.JSON)).isEqualTo(new PrismaDefault.Text("'{}'"));
        assertThat(SqliteDefaultParser.parse("'2021-05-06'", TypeFamily.DATETIME)).isEqualTo(new PrismaDefault.DbGenerated("'2021-05-06'"));
        assertThat(SqliteDefaultParser.parse("datetime('now')", TypeFamily.DATETIME)).isEqualTo(new PrismaDefault.Now());
        assertThat(SqliteDefaultParser.parse("NULL", TypeFamily.STRING)).isNull();
        assertThat(SqliteDefaultParser.parse("x'00'", TypeFamily.BINARY)).isEqualTo(new PrismaDefault.DbGenerated("x'00'"));
    }

    @Test
    void namesAndStrings() {
        assertThat(Names.sanitize("1bad-name")).isEqualTo("bad_name");
        assertThat(Names.sanitize("ÿ")).isEmpty();
        assertThat(Names.sanitize("my col")).isEqualTo("my_col");
        assertThat(Names.needsSanitation("_b")).isTrue();
        assertThat(Names.typeName("class")).isEqualTo("Renamedclass");
        assertThat(PslText.quote("a\"b\\c\td\u0001")).isEqualTo("\"a\\\"b\\\\c\\td\\u0001\"");
        assertThat(IndexText.ops("jsonb_path_ops")).isEqualTo("JsonbPathOps");
        assertThat(IndexText.ops("timestamptz_minmax_multi_ops")).isEqualTo("TimestampTzMinMaxMultiOps");
        assertThat(IndexText.ops("tsvector_ops")).isEqualTo("raw(\"tsvector_ops\")");
    }

    @Test
    void partialIndexesPreviewIsAddedToGenerators() {
        assertThat(PreviewFeatures.withPartialIndexes("generator client {\n  provider = \"prisma-client-js\"\n}\n"))
                .isEqualTo("generator client {\n  provider = \"prisma-client-js\"\n  previewFeatures = [\"partialIndexes\"]\n}\n");
        assertThat(PreviewFeatures.withPartialIndexes("generator c {\n  previewFeatures = [\"views\"]\n}\n"))
                .isEqualTo("generator c {\n  previewFeatures = [\"views\", \"partialIndexes\"]\n}\n");
        assertThat(PreviewFeatures.withPartialIndexes("datasource db {\n  provider = \"postgresql\"\n}\n"))
                .isEqualTo("datasource db {\n  provider = \"postgresql\"\n}\n");
    }
}
