package dev.shale.lint.migrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum Prisma stores in {@code _prisma_migrations.checksum}: SHA-256 of the migration file,
 * lower-case hex. Matching accepts the file with CRLF line ends turned into LF (a checkout on
 * Windows must not look edited) and the unpadded hex form some older Prisma versions wrote (each
 * byte without its leading zero).
 */
public final class PrismaChecksum {
    private PrismaChecksum() {}

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    public static boolean matches(byte[] fileBytes, String stored) {
        if (stored == null) {
            return false;
        }
        String s = stored.strip().toLowerCase(java.util.Locale.ROOT);
        byte[] raw = sha256(fileBytes);
        if (sameDigest(raw, s)) {
            return true;
        }
        String text = new String(fileBytes, StandardCharsets.UTF_8);
        if (text.contains("\r\n")) {
            return sameDigest(sha256(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)), s);
        }
        return false;
    }

    private static boolean sameDigest(byte[] digest, String stored) {
        if (HexFormat.of().formatHex(digest).equals(stored)) {
            return true;
        }
        StringBuilder unpadded = new StringBuilder();
        for (byte b : digest) {
            unpadded.append(Integer.toHexString(b & 0xff));
        }
        return unpadded.toString().equals(stored);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
