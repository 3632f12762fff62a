package quiznight.room;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets: room codes and tokens, from one SecureRandom. */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** 192 random bits, URL-safe: unguessable, and the only way to resume an identity. */
    public static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    /** A random 6-digit room code, 100000 to 999999. */
    public static String roomCode() {
        return Integer.toString(100_000 + RANDOM.nextInt(900_000));
    }

    public static SecureRandom random() {
        return RANDOM;
    }

    /** A one-way digest of a secret (SHA-256, hex), for checking it where the secret itself is not kept. */
    public static String digest(String secret) {
        return digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** SHA-256 of some bytes, in hex (also the content hash a journal names its quiz by). */
    public static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares secrets in time independent of where they differ. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
