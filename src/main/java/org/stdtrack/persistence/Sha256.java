package org.stdtrack.persistence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the checksum the tracker records for what it keeps and hands out (imported files, documents,
 * submission packages), written as 64 lower-case hexadecimal digits.
 */
public final class Sha256 {

    private Sha256() {}

    /** A fresh digest, to feed as bytes pass (a {@code DigestInputStream} or {@code DigestOutputStream}). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest's value in hexadecimal; the digest is reset. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }
}
