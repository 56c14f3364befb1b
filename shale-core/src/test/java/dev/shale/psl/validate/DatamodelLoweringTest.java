package dev.shale.psl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.datamodel.Arity;
import dev.shale.datamodel.ConfigValue;
import dev.shale.datamodel.Datamodel;
import dev.shale.datamodel.DefaultValue;
import dev.shale.datamodel.FieldType;
import dev.shale.datamodel.ImplicitManyToManyRelation;
import dev.shale.datamodel.Index;
import dev.shale.datamodel.IndexKind;
import dev.shale.datamodel.InlineRelation;
import dev.shale.datamodel.Model;
import dev.shale.datamodel.NativeType;
import dev.shale.datamodel.Provider;
import dev.shale.datamodel.ReferentialAction;
import dev.shale.datamodel.Relation;
import dev.shale.datamodel.RelationCardinality;
import dev.shale.datamodel.RelationMode;
import dev.shale.datamodel.ScalarField;
import dev.shale.datamodel.ScalarType;
import dev.shale.datamodel.SortOrder;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What {@link Psl#validate} lowers a valid schema into. */
class DatamodelLoweringTest {

    static Datamodel lower(String schema) {
        ValidationResult result = Psl.validate(List.of(new SourceFile("schema.prisma", schema)));
        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        assertThat(result.datamodel()).isPresent();
        return result.datamodel().orElseThrow();
    }

    static final String BLOG = """
            generator client {
              provider        = "prisma-client"
              output          = "../generated"
              previewFeatures = ["views"]
            }

            datasource db {
              provider  = "postgres"
              url       = env("DATABASE_URL")
              directUrl = "postgresql://localhost/direct"
            }

            /// A person.
            model User {
              id        Int      @id @default(autoincrement())
              email     String   @unique @db.VarChar(255)
              name      String?  @map("full_name")
              role      Role     @default(USER)
              tags      String[] @default(["a", "b"])
              createdAt DateTime @default(now()) @map("created_at")
              updatedAt DateTime @updatedAt
              posts     Post[]
              profile   Profile?

              @@map("users")
              @@index([name(sort: Desc), createdAt])
            }

            model Profile {
              id     String @id @default(uuid(7))
              userId Int    @unique
              user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
            }

            model Post {
              id       Int     @id @default(autoincrement())
              title    String
              price    Decimal @default(1.5) @db.Decimal(10, 2)
              authorId Int?
              author   User?   @relation(fields: [authorId], references: [id])
              tags     Tag[]

              @@unique([title, authorId], name: "titleAuthor", map: "post_title_author")
            }

            model Tag {
              name  String @id
              posts Post[]
            }

            enum Role {
              USER
              ADMIN @map("admin")

              @@map("role")
            }
            """;

    @Test
    void datasourceAndGenerators() {
        Datamodel dm = lower(BLOG);
        assertThat(dm.provider()).isEqualTo(Provider.POSTGRESQL);
        var ds = dm.datasource().orElseThrow();
        assertThat(ds.name()).isEqualTo("db");
        assertThat(ds.providerAsWritten()).isEqualTo("postgres");
        assertThat(ds.url()).contains(new ConfigValue.Env("DATABASE_URL"));
        assertThat(ds.directUrl()).contains(new ConfigValue.Literal("postgresql://localhost/direct"));
        assertThat(ds.shadowDatabaseUrl()).isEmpty();
        assertThat(ds.relationMode()).isEqualTo(RelationMode.FOREIGN_KEYS);
        assertThat(ds.relationModeExplicit()).isFalse();
        assertThat(dm.generators()).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("client");
            assertThat(g.provider()).isEqualTo(new ConfigValue.Literal("prisma-client"));
            assertThat(g.output()).contains(new ConfigValue.Literal("../generated"));
            assertThat(g.previewFeatures()).containsExactly("views");
        });
        assertThat(dm.hasPreviewFeature("views")).isTrue();
        assertThat(dm.hasPreviewFeature("relationJoins")).isFalse();
    }

    @Test
    void modelsFieldsAndNames() {
        Datamodel dm = lower(BLOG);
        assertThat(dm.models()).extracting(Model::name).containsExactly("User", "Profile", "Post", "Tag");
        Model user = dm.model("User");
        assertThat(user.tableName()).isEqualTo("users");
        assertThat(user.documentation()).contains("A person.");
        assertThat(user.columnName("name")).isEqualTo("full_name");
        assertThat(user.columnName("email")).isEqualTo("email");
        ScalarField email = user.scalarField("email").orElseThrow();
        assertThat(email.type()).isEqualTo(ScalarType.STRING);
        assertThat(email.arity()).isEqualTo(Arity.REQUIRED);
        assertThat(email.nativeType()).contains(new NativeType("VarChar", List.of("255")));
        assertThat(user.scalarField("name").orElseThrow().arity()).isEqualTo(Arity.OPTIONAL);
        assertThat(user.scalarField("tags").orElseThrow().arity()).isEqualTo(Arity.LIST);
        assertThat(user.scalarField("updatedAt").orElseThrow().updatedAt()).isTrue();
        assertThat(user.scalarField("role").orElseThrow().type()).isEqualTo(new FieldType.EnumRef("Role"));
        assertThat(user.relationFields()).extracting(f -> f.name()).containsExactly("posts", "profile");
        assertThat(user.primaryKey().orElseThrow().fieldNames()).containsExactly("id");
        assertThat(user.primaryKey().orElseThrow().constraintName()).contains("users_pkey");
        assertThat(user.isSingleFieldId("id")).isTrue();

        var role = dm.findEnum("Role").orElseThrow();
        assertThat(role.dbName()).isEqualTo("role");
        assertThat(role.dbValues()).containsExactly("USER", "admin");
        assertThat(dm.model("Tag").primaryKey().orElseThrow().fieldNames()).containsExactly("name");
    }

    @Test
    void defaults() {
        Datamodel dm = lower(BLOG);
        Model user = dm.model("User");
        assertThat(defaultOf(user, "id")).isEqualTo(new DefaultValue.Autoincrement());
        assertThat(user.scalarField("id").orElseThrow().isAutoincrement()).isTrue();
        assertThat(defaultOf(user, "createdAt")).isEqualTo(new DefaultValue.Now());
        assertThat(defaultOf(user, "role")).isEqualTo(new DefaultValue.EnumValueRef("USER"));
        assertThat(defaultOf(user, "tags")).isEqualTo(new DefaultValue.ListValue(List.of(
                new DefaultValue.StringValue("a"), new DefaultValue.StringValue("b"))));
        assertThat(defaultOf(dm.model("Profile"), "id")).isEqualTo(new DefaultValue.Uuid(7));
        assertThat(defaultOf(dm.model("Post"), "price")).isEqualTo(new DefaultValue.FloatValue(new java.math.BigDecimal("1.5")));
        assertThat(user.scalarField("name").orElseThrow().defaultValue()).isEmpty();
    }

    private static DefaultValue defaultOf(Model model, String field) {
        return model.scalarField(field).orElseThrow().defaultValue().orElseThrow().value();
    }

    @Test
    void indexesAndUniques() {
        Datamodel dm = lower(BLOG);
        Model user = dm.model("User");
        assertThat(user.indexes()).extracting(Index::kind).containsExactly(IndexKind.UNIQUE, IndexKind.NORMAL);
        Index emailKey = user.indexes().get(0);
        assertThat(emailKey.definedOnField()).isTrue();
        assertThat(emailKey.constraintName()).isEqualTo("users_email_key");
        Index byName = user.indexes().get(1);
        assertThat(byName.constraintName()).isEqualTo("users_full_name_created_at_idx");
        assertThat(byName.fields().get(0).sort()).contains(SortOrder.DESC);
        assertThat(byName.fields().get(0).columnName()).isEqualTo("full_name");
        assertThat(byName.fields().get(1).sort()).isEmpty();
        assertThat(byName.fields().get(1).length()).isEqualTo(OptionalInt.empty());

        Index titleAuthor = dm.model("Post").uniques().get(0);
        assertThat(titleAuthor.name()).contains("titleAuthor");
        assertThat(titleAuthor.map()).contains("post_title_author");
        assertThat(titleAuthor.constraintName()).isEqualTo("post_title_author");
        assertThat(titleAuthor.fieldNames()).containsExactly("title", "authorId");
    }

    @Test
    void relations() {
        Datamodel dm = lower(BLOG);
        List<Relation> relations = dm.relations();
        InlineRelation posts = inline(relations, "PostToUser");
        assertThat(posts.cardinality()).isEqualTo(RelationCardinality.ONE_TO_MANY);
        assertThat(posts.referencingModel()).isEqualTo("Post");
        assertThat(posts.referencingField()).isEqualTo("author");
        assertThat(posts.referencedModel()).isEqualTo("User");
        assertThat(posts.backField()).contains("posts");
        assertThat(posts.fields()).containsExactly("authorId");
        assertThat(posts.references()).containsExactly("id");
        assertThat(posts.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(posts.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(posts.onDeleteExplicit()).isFalse();
        assertThat(posts.constraintName()).isEqualTo("Post_authorId_fkey");

        InlineRelation profile = inline(relations, "ProfileToUser");
        assertThat(profile.cardinality()).isEqualTo(RelationCardinality.ONE_TO_ONE);
        assertThat(profile.referencingModel()).isEqualTo("Profile");
        assertThat(profile.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(profile.onDeleteExplicit()).isTrue();

        ImplicitManyToManyRelation m2m = relations.stream()
                .filter(ImplicitManyToManyRelation.class::isInstance).map(ImplicitManyToManyRelation.class::cast)
                .findFirst().orElseThrow();
        assertThat(m2m.name()).isEqualTo("PostToTag");
        assertThat(m2m.tableName()).isEqualTo("_PostToTag");
        assertThat(m2m.modelA()).isEqualTo("Post");
        assertThat(m2m.fieldA()).isEqualTo("tags");
        assertThat(m2m.modelB()).isEqualTo("Tag");
        assertThat(m2m.fieldB()).isEqualTo("posts");
        assertThat(dm.model("User").relationField("posts").orElseThrow().relationName()).isEqualTo("PostToUser");
    }

    private static InlineRelation inline(List<Relation> relations, String name) {
        return relations.stream().filter(InlineRelation.class::isInstance).map(InlineRelation.class::cast)
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void requiredRelationDefaultsToRestrictAndSqlServerToNoAction() {
        String schema = """
                datasource db {
                  provider = "%s"
                }

                model A {
                  id Int @id
                  bs B[]
                }

                model B {
                  id  Int @id
                  aId Int
                  a   A   @relation(fields: [aId], references: [id])
                }
                """;
        InlineRelation pg = inline(lower(schema.formatted("postgresql")).relations(), "AToB");
        assertThat(pg.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        InlineRelation mssql = inline(lower(schema.formatted("sqlserver")).relations(), "AToB");
        assertThat(mssql.onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(lower(schema.formatted("sqlserver")).model("A").primaryKey().orElseThrow().constraintName()).contains("A_pkey");
        assertThat(lower(schema.formatted("mysql")).model("A").primaryKey().orElseThrow().constraintName()).isEmpty();
    }

    @Test
    void selfManyToManyOrdersByFieldName() {
        Datamodel dm = lower("""
                datasource db {
                  provider = "sqlite"
                }

                model Person {
                  id          Int      @id
                  following   Person[] @relation("Follows")
                  followedBy  Person[] @relation("Follows")
                }
                """);
        ImplicitManyToManyRelation m2m = (ImplicitManyToManyRelation) dm.relations().get(0);
        assertThat(m2m.tableName()).isEqualTo("_Follows");
        assertThat(m2m.fieldA()).isEqualTo("followedBy");
        assertThat(m2m.fieldB()).isEqualTo("following");
    }

    @Test
    void schemasViewsAndUnsupported() {
        Datamodel dm = lower("""
                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["views"]
                }

                datasource db {
                  provider = "postgresql"
                  schemas  = ["base", "auth"]
                }

                model Account {
                  id   Int                     @id
                  geom Unsupported("geometry")?

                  @@schema("auth")
                }

                view Summary {
                  id    Int @unique
                  count Int

                  @@schema("base")
                }
                """);
        assertThat(dm.datasource().orElseThrow().schemas()).containsExactly("auth", "base");
        assertThat(dm.model("Account").schema()).contains("auth");
        assertThat(dm.model("Account").scalarField("geom").orElseThrow().type()).isEqualTo(new FieldType.Unsupported("geometry"));
        assertThat(dm.views()).extracting(Model::name).containsExactly("Summary");
        assertThat(dm.model("Summary").isView()).isTrue();
        assertThat(dm.models()).extracting(Model::name).containsExactly("Account");
    }

    @Test
    void longNamesAreCutToTheProviderLimit() {
        String longName = "a".repeat(70);
        Datamodel dm = lower("""
                datasource db {
                  provider = "postgresql"
                }

                model %s {
                  id    Int    @id
                  email String @unique
                }
                """.formatted(longName));
        Index unique = dm.model(longName).indexes().get(0);
        assertThat(unique.constraintName()).hasSize(63).endsWith("_key");
    }

    @Test
    void errorsGiveNoDatamodel() {
        ValidationResult result = Psl.validate(List.of(new SourceFile("schema.prisma", "model A { id Foo @id }")));
        assertThat(result.diagnostics()).isNotEmpty();
        assertThat(result.datamodel()).isEqualTo(Optional.empty());
    }

    @Test
    void theCompanionExampleLowers() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("examples/companion-platform"))) {
            root = root.getParent();
        }
        assertThat(root).as("repository root").isNotNull();
        Path schema = root.resolve("examples/companion-platform/prisma/schema.prisma");
        Datamodel dm = lower(Files.readString(schema));
        assertThat(dm.models()).isNotEmpty();
        for (Model model : dm.models()) {
            assertThat(model.primaryKey().isPresent() || !model.uniques().isEmpty()).as(model.name()).isTrue();
        }
    }
}
