package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class ChecksumTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void isTheSha256HexOfTheBytes() {
        assertThat(Checksum.of(b("hello"))).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        // The checksum Prisma recorded for this script in a real `prisma migrate deploy` (PostgreSQL, Prisma 7.10).
        String script = "CREATE TABLE \"A\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"A_pkey\" PRIMARY KEY (\"id\"));\n";
        assertThat(Checksum.of(b(script))).isEqualTo("577425f771ecaa6099057cb371e74a9cbee56abda1bcf942fe7c3878016d8ede");
    }

    @Test
    void acceptsTheLineEndingVariantsPrismaAccepts() {
        String lf = "ab\ncd\nef\ngh\rab\n";
        String crlf = "ab\r\ncd\r\nef\r\ngh\rab\r\n";
        assertThat(Checksum.matches(b(lf), Checksum.of(b(crlf)))).isTrue();
        assertThat(Checksum.matches(b(crlf), Checksum.of(b(lf)))).isTrue();
        assertThat(Checksum.matches(b("abc"), Checksum.of(b("abcd")))).isFalse();
        assertThat(Checksum.matches(b("abc\n"), Checksum.of(b("abc")))).isFalse();
        assertThat(Checksum.matches(b("abc"), null)).isFalse();
    }

    @Test
    void acceptsOldChecksumsWithoutZeroPadding() {
        // An early engine wrote each byte with {:x}: 0x0e became "e". "hello" has such bytes (0e, 0b, ...).
        String full = Checksum.of(b("hello"));
        StringBuilder old = new StringBuilder();
        for (int i = 0; i < full.length(); i += 2) {
            String pair = full.substring(i, i + 2);
            old.append(pair.charAt(0) == '0' ? pair.substring(1) : pair);
        }
        assertThat(old.length()).isLessThan(64);
        assertThat(Checksum.matches(b("hello"), old.toString())).isTrue();
        assertThat(Checksum.matches(b("hellO"), old.toString())).isFalse();
    }

    @Property
    void anyScriptMatchesItsCrlfAndLfForms(@ForAll @Chars({'a', ' ', '\n', '\r', ';'}) @CharRange(from = 'x', to = 'z') String text) {
        String lf = text.replace("\r\n", "\n");
        String crlf = lf.replace("\n", "\r\n");
        assertThat(Checksum.matches(b(lf), Checksum.of(b(crlf)))).isTrue();
        assertThat(Checksum.matches(b(crlf), Checksum.of(b(lf)))).isTrue();
        assertThat(Checksum.matches(b(text), Checksum.of(b(text)))).isTrue();
    }
}
