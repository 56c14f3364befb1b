package dev.shale.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.psl.SourceFile;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.ColumnType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Index;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DbPull on a SqlSchema alone (no catalog details), multi-file schemas and the comment keeper. */
class PullWithoutDatabaseTest {

    private static final Table USER = new Table(null, "User", List.of(
            new Column("id", ColumnType.of(TypeFamily.INT, "Integer"), Arity.REQUIRED, ColumnDefault.sequence("User_id_seq"), true),
            Column.required("email", ColumnType.of(TypeFamily.STRING, "VarChar", 255)),
            Column.nullable("name", ColumnType.of(TypeFamily.STRING, "Text")).withDefault(ColumnDefault.value(new Value.Str("it's")))),
            PrimaryKey.of("User_pkey", "id"), List.of(Index.unique("User_email_key", "email")), List.of());
    private static final Table POST = new Table(null, "Post", List.of(
            Column.required("id", ColumnType.of(TypeFamily.INT, "Integer")),
            Column.required("authorId", ColumnType.of(TypeFamily.INT, "Integer"))),
            PrimaryKey.of("Post_pkey", "id"), List.of(), List.of(new ForeignKey("Post_authorId_fkey", List.of("authorId"), null,
                    "User", List.of("id"), ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE)));

    @Test
    void typedDefaultsAndNativeTypesWithoutCatalogDetails() {
        PullResult r = DbPull.pull(SqlSchema.of(List.of("public"), List.of(USER, POST), List.of()), DatabaseKind.POSTGRESQL,
                DatabaseDetails.none(), ExistingSchema.none(DatabaseKind.POSTGRESQL));
        assertThat(r.text()).isEqualTo("""
                datasource db {
                  provider = "postgresql"
                }

                model Post {
                  id       Int  @id
                  authorId Int
                  User     User @relation(fields: [authorId], references: [id])
                }

                model User {
                  id    Int     @id @default(autoincrement())
                  email String  @unique @db.VarChar(255)
                  name  String? @default("it's")
                  Post  Post[]
                }
                """);
        assertThat(r.models()).isEqualTo(2);
        assertThat(r.warnings().isEmpty()).isTrue();
    }

    @Test
    void emptyDatabaseIsAnError() {
        assertThatThrownBy(() -> DbPull.pull(SqlSchema.empty(), DatabaseKind.SQLITE, DatabaseDetails.none(),
                ExistingSchema.none(DatabaseKind.SQLITE)))
                .isInstanceOf(ShaleException.class).hasMessageContaining("The database is empty");
    }

    @Test
    void multiFileSchemaKeepsEachModelInItsFileAndNewOnesBesideTheDatasource() {
        List<SourceFile> files = List.of(
                new SourceFile("schema/main.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n"),
                new SourceFile("schema/post.prisma", "model Post {\n  id       Int  @id\n  authorId Int\n"
                        + "  author   User @relation(fields: [authorId], references: [id])\n}\n"),
                new SourceFile("schema/user.prisma", "model User {\n  id    Int    @id @default(autoincrement())\n"
                        + "  email String @unique @db.VarChar(255)\n  posts Post[]\n}\n"));
        Table tag = new Table(null, "Tag", List.of(Column.required("id", ColumnType.of(TypeFamily.INT, "Integer"))),
                PrimaryKey.of("Tag_pkey", "id"), List.of(), List.of());
        PullResult r = DbPull.pull(SqlSchema.of(List.of("public"), List.of(USER, POST, tag), List.of()), DatabaseKind.POSTGRESQL,
                DatabaseDetails.none(), ExistingSchema.of(files, false));
        assertThat(r.files()).extracting(SourceFile::name).containsExactly("schema/main.prisma", "schema/post.prisma",
                "schema/user.prisma");
        assertThat(r.files().get(0).text()).contains("model Tag {").doesNotContain("model Post");
        assertThat(r.files().get(1).text()).contains("model Post {").contains("author   User @relation");
        assertThat(r.files().get(2).text()).contains("model User {").contains("name  String? @default(\"it's\")");
    }

    @Test
    void lineCommentsFollowTheirAnchorsOrAreReported() {
        List<SourceFile> previous = List.of(new SourceFile("schema.prisma", """
                // header
                datasource db {
                  provider = "sqlite"
                }

                model A {
                  // the key
                  id Int @id // trailing
                  // before attributes
                  @@map("a")
                }

                // about B
                model B {
                  id Int @id
                }
                """));
        List<SourceFile> pulled = List.of(new SourceFile("schema.prisma", """
                datasource db {
                  provider = "sqlite"
                }

                model A {
                  id   Int     @id
                  note String?

                  @@map("a")
                }
                """));
        LineComments.Kept kept = LineComments.keep(previous, pulled);
        assertThat(kept.files().get(0).text()).isEqualTo("""
                // header
                datasource db {
                  provider = "sqlite"
                }

                model A {
                  // the key
                  id   Int     @id // trailing
                  note String?

                  // before attributes
                  @@map("a")
                }
                """);
        assertThat(kept.dropped()).containsEntry("schema.prisma:13", "// about B");
    }
}
