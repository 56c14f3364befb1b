package dev.shale.datamodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintNamesTest {

    @Test
    void shortNamesFollowPostgresConventions() {
        assertThat(ConstraintNames.primaryKeyName("User", Provider.POSTGRESQL)).isEqualTo("User_pkey");
        assertThat(ConstraintNames.uniqueIndexName("User", List.of("email"), Provider.POSTGRESQL)).isEqualTo("User_email_key");
        assertThat(ConstraintNames.indexName("Post", List.of("authorId", "createdAt"), Provider.MYSQL))
                .isEqualTo("Post_authorId_createdAt_idx");
        assertThat(ConstraintNames.foreignKeyName("Post", List.of("authorId"), Provider.SQLITE)).isEqualTo("Post_authorId_fkey");
        assertThat(ConstraintNames.defaultConstraintName("Post", "title", Provider.SQLSERVER)).isEqualTo("Post_title_df");
    }

    @Test
    void longNamesAreCutToTheIdentifierLimitKeepingTheSuffix() {
        String table = "a".repeat(70);
        String fk = ConstraintNames.foreignKeyName(table, List.of("b"), Provider.POSTGRESQL);
        assertThat(fk).hasSize(63).endsWith("_fkey").startsWith("a".repeat(58));
        assertThat(ConstraintNames.primaryKeyName(table, Provider.MYSQL)).hasSize(64).endsWith("_pkey");
        String exact = "t".repeat(59);
        assertThat(ConstraintNames.primaryKeyName(exact, Provider.POSTGRESQL)).isEqualTo(exact.substring(0, 58) + "_pkey");
    }

    @Test
    void cuttingNeverSplitsACharacter() {
        String table = "é".repeat(40); // 80 bytes
        String name = ConstraintNames.indexName(table, List.of("x"), Provider.POSTGRESQL);
        assertThat(name).endsWith("_idx");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(name).startsWith("é".repeat(29));
    }
}
