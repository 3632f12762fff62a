package quiznight.organisers;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle's {@link Argon2BytesGenerator}) in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (base64 without padding), the parameters OWASP recommends.
 * Verifying reads the parameters from the string, so hashes made with other costs still verify.
 */
public final class PasswordHash {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Hashes with costs above these are refused when the organisers file is read: a typo must not stall sign-in. */
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 20;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private PasswordHash() {
    }

    /** A new hash of the password, with a random salt. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        Secrets.RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** Why a hash string cannot be used, or null when it is a well-formed Argon2id hash of sane cost. */
    public static String problem(String phc) {
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return "not an Argon2id hash ($argon2id$v=19$m=…,t=…,p=…$salt$hash): make one with 'quiznight hash-password NAME'";
        }
        long memory = Long.parseLong(m.group(1));
        int t = Integer.parseInt(m.group(2));
        int p = Integer.parseInt(m.group(3));
        if (memory < 8L * p || memory > MAX_MEMORY_KIB || t < 1 || t > MAX_ITERATIONS || p < 1) {
            return "Argon2id costs out of range (m from 8·p to " + MAX_MEMORY_KIB + " KiB, t from 1 to " + MAX_ITERATIONS + ", p at least 1)";
        }
        return null;
    }

    /** Whether the password matches the hash (compared in constant time); false for a malformed hash. */
    public static boolean verify(String phc, char[] password) {
        if (phc == null || problem(phc) != null) {
            return false;
        }
        Matcher m = PHC.matcher(phc);
        m.matches();
        byte[] salt;
        byte[] expected;
        try {
            salt = Base64.getDecoder().decode(m.group(4));
            expected = Base64.getDecoder().decode(m.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = derive(password, salt, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password, out); // encoded as UTF-8 by Bouncy Castle
        return out;
    }
}
