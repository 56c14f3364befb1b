package dev.shale.psl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.psl.SourceFile;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.DatasourceBlock;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.InvalidLine;
import dev.shale.psl.ast.ModelBlock;
import dev.shale.psl.ast.NumericLiteral;
import dev.shale.psl.ast.SchemaAst;
import dev.shale.psl.ast.StringLiteral;
import dev.shale.psl.ast.TypeSyntax;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Parser.Result parse(String text) {
        return Parser.parse(new SourceFile("schema.prisma", text));
    }

    @Test
    void readsModelsFieldsAttributesAndExpressions() {
        Parser.Result result = parse("""
                /// The users.
                model User {
                  id    Int      @id @default(autoincrement())
                  email String?  @unique @db.VarChar(255)
                  tags  String[] @default(["a", "b"])
                  posts Post[]
                  blob  Unsupported("circle")?

                  @@index([email(sort: Desc, length: 10)], map: "idx")
                  @@map("users")
                }
                """);
        assertThat(result.diagnostics()).isEmpty();
        ModelBlock user = result.ast().models().get(0);
        assertThat(user.name().name()).isEqualTo("User");
        assertThat(user.view()).isFalse();
        assertThat(user.documentation()).contains("The users.");
        assertThat(user.fields()).extracting(f -> f.name().name()).containsExactly("id", "email", "tags", "posts", "blob");
        Field email = user.field("email").orElseThrow();
        assertThat(email.arity()).isEqualTo(Arity.OPTIONAL);
        assertThat(email.attributes()).extracting(Attribute::displayName).containsExactly("@unique", "@db.VarChar");
        assertThat(email.attribute("db.VarChar").orElseThrow().arguments().positional(0))
                .get().isInstanceOfSatisfying(NumericLiteral.class, n -> assertThat(n.text()).isEqualTo("255"));
        Field id = user.field("id").orElseThrow();
        assertThat(id.attribute("default").orElseThrow().arguments().positional(0)).get()
                .isInstanceOfSatisfying(FunctionCall.class, f -> assertThat(f.name().name()).isEqualTo("autoincrement"));
        assertThat(user.field("tags").orElseThrow().attribute("default").orElseThrow().arguments().positional(0)).get()
                .isInstanceOfSatisfying(ArrayExpression.class, a -> assertThat(a.elements()).hasSize(2));
        Field blob = user.field("blob").orElseThrow();
        assertThat(blob.fieldType().unsupported()).isTrue();
        assertThat(blob.fieldType().name()).isEqualTo("circle");
        assertThat(user.attributes()).extracting(Attribute::displayName).containsExactly("@@index", "@@map");
        Attribute index = user.attributes().get(0);
        assertThat(index.arguments().named("map")).get()
                .isInstanceOfSatisfying(StringLiteral.class, s -> assertThat(s.value()).isEqualTo("idx"));
        ArrayExpression fields = (ArrayExpression) index.arguments().positional(0).orElseThrow();
        FunctionCall withArgs = (FunctionCall) fields.elements().get(0);
        assertThat(withArgs.arguments().named("sort")).get()
                .isInstanceOfSatisfying(ConstantValue.class, c -> assertThat(c.name()).isEqualTo("Desc"));
        assertThat(email.span().line()).isEqualTo(4);
        assertThat(email.name().span().column()).isEqualTo(3);
    }

    @Test
    void attachesDocCommentsAsPrismaDoes() {
        SchemaAst ast = parse("""
                model A {
                  /// first
                  // not documentation
                  /// second
                  id Int @id /// trailing
                  /* block */
                  x Int
                }

                /// floating

                enum E {
                  /// value doc
                  A
                }
                """).ast();
        ModelBlock a = ast.models().get(0);
        assertThat(a.field("id").orElseThrow().documentation()).contains("first\nsecond\ntrailing");
        assertThat(a.field("x").orElseThrow().documentation()).contains("block");
        EnumBlock e = ast.enums().get(0);
        assertThat(e.documentation()).isEmpty();
        assertThat(e.values().get(0).documentation()).contains("value doc");
    }

    @Test
    void keepsMalformedLinesAndReportsThem() {
        Parser.Result result = parse("""
                model A {
                  id Int @id
                  this is not a field
                  legacy Int!
                }
                """);
        ModelBlock a = result.ast().models().get(0);
        assertThat(a.fields()).extracting(f -> f.name().name()).containsExactly("id");
        assertThat(a.items()).hasAtLeastOneElementOfType(InvalidLine.class);
        Field legacy = a.items().stream().filter(Field.class::isInstance).map(Field.class::cast)
                .filter(f -> f.name().name().equals("legacy")).findFirst().orElseThrow();
        assertThat(legacy.fieldType().syntax()).isEqualTo(TypeSyntax.LEGACY_REQUIRED);
        assertThat(result.diagnostics()).extracting(d -> d.message()).containsExactly(
                "Error validating: This line is not a valid field or attribute definition.",
                "Fields are required by default, `!` is no longer required.");
    }

    @Test
    void readsDatasourceProperties() {
        DatasourceBlock db = parse("""
                datasource db {
                  provider = "postgresql"
                  url      = env("DATABASE_URL")
                  extensions = [pg_trgm, postgis(version: "3")]
                }
                """).ast().datasources().get(0);
        assertThat(db.property("provider").orElseThrow().value()).get()
                .isInstanceOfSatisfying(StringLiteral.class, s -> assertThat(s.value()).isEqualTo("postgresql"));
        assertThat(db.property("url").orElseThrow().value()).get()
                .isInstanceOfSatisfying(FunctionCall.class, f -> assertThat(f.source()).isEqualTo("env(\"DATABASE_URL\")"));
        assertThat(db.property("extensions").orElseThrow().value().orElseThrow().source())
                .isEqualTo("[pg_trgm, postgis(version: \"3\")]");
    }

    @Test
    void deepNestingIsADiagnosticNotAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Parser.Result result = parse("model A {\n  id Int @id @default(" + deep + ")\n  x Int\n}\n" + "{".repeat(10_000) + "\n");
        assertThat(result.diagnostics()).extracting(d -> d.message()).containsExactly(
                "Error validating: This line is not a valid field or attribute definition.",
                "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.");
        assertThat(result.ast().models().get(0).fields()).hasSize(1);
    }

    @Test
    void manyUnclosedBlocksStayLinear() {
        String text = "model A {\n  id Int\n".repeat(50_000);
        Parser.Result result = parse(text);
        assertThat(result.ast().models()).isEmpty();
        assertThat(result.diagnostics()).hasSize(100_000);
    }

    @Test
    void textAfterAnOpeningBraceIsKeptNotDropped() {
        Parser.Result result = parse("""
                model A { // note
                  id Int @id
                }
                enum Role { USER ADMIN }
                datasource db {
                  provider = "postgresql"
                }
                """);
        ModelBlock a = result.ast().models().get(0);
        assertThat(a.items().get(0)).isInstanceOfSatisfying(dev.shale.psl.ast.CommentBlock.class,
                c -> assertThat(c.comments().get(0).text()).isEqualTo("// note"));
        assertThat(a.fields()).hasSize(1);
        // Prisma ignores "USER ADMIN }" silently; the enum then runs to the datasource's closing brace.
        assertThat(result.diagnostics()).extracting(d -> d.message() + "@" + d.span().line()).containsExactly(
                "Error validating: This line is not an enum value definition.@4",
                "Error validating: This line is not an enum value definition.@5",
                "Error validating: This line is not an enum value definition.@6");
        assertThat(result.ast().enums().get(0).items().get(0))
                .isInstanceOfSatisfying(InvalidLine.class, l -> assertThat(l.text()).isEqualTo("USER ADMIN }"));
    }
}
