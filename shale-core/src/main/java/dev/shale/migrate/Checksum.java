package dev.shale.migrate;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The checksum of a migration script as Prisma Migrate stores it in {@code _prisma_migrations.checksum}:
 * the SHA-256 of the script bytes as 64 lower-case hex digits.
 *
 * <p>{@link #matches} accepts the variants Prisma accepts, so a history written on Windows (CRLF) is not
 * reported as edited on Linux (LF) and the other way round, and old rows written by an engine that
 * dropped the leading zero of each hex byte still match.
 */
public final class Checksum {
    private static final int HEX_LENGTH = 64;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Checksum() {}

    /** The checksum of the script bytes, as Prisma writes it. */
    public static String of(byte[] script) {
        return hex(sha256(script), true);
    }

    /**
     * True when {@code stored} is the checksum of {@code script}, of the script with CRLF turned into LF,
     * or of the script with every LF turned into CRLF (git's line-ending conversions).
     */
    public static boolean matches(byte[] script, String stored) {
        if (stored == null) {
            return false;
        }
        // A stored checksum of another length was written by an engine that did not zero-pad bytes.
        boolean padded = stored.isEmpty() || stored.length() == HEX_LENGTH;
        for (byte[] variant : new byte[][] {script, crlfToLf(script), lfToCrlf(script)}) {
            if (hex(sha256(variant), padded).equals(stored)) {
                return true;
            }
        }
        return false;
    }

    static byte[] crlfToLf(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                continue;
            }
            out.write(in[i]);
        }
        return out.toByteArray();
    }

    /** Every LF becomes CRLF, also one already preceded by CR (that is how Prisma builds the variant). */
    static byte[] lfToCrlf(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 16);
        for (byte b : in) {
            if (b == '\n') {
                out.write('\r');
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] digest, boolean zeroPadded) {
        StringBuilder sb = new StringBuilder(HEX_LENGTH);
        for (byte b : digest) {
            int v = b & 0xff;
            if (zeroPadded || v >= 0x10) {
                sb.append(HEX[v >>> 4]);
            }
            sb.append(HEX[v & 0x0f]);
        }
        return sb.toString();
    }
}
