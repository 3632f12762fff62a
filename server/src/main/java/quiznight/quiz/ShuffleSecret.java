package quiznight.quiz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's secret that decides how the items of an {@code order} question are shuffled for the players. The
 * shuffle must be the same wherever the same quiz is loaded (twice, from a journal after a restart, on every server of
 * a cluster, for homework and practice) and must not be computable by a player from the item texts every phone
 * receives: its seed is an HMAC-SHA256 of the texts under this secret. A server keeps one secret for good (in its data
 * folder, or in Redis for a cluster), made at its first start; see {@code net/QuizServer}.
 */
public final class ShuffleSecret {
    /** The file in the data folder that keeps a single server's secret. */
    public static final String FILE = "shuffle.key";
    /** Shortest secret accepted: 16 characters. */
    public static final int MIN_LENGTH = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The shuffle of versions before the secret: from the texts alone. Only for journals written by them. */
    private static final ShuffleSecret BEFORE_SECRETS = new ShuffleSecret(null);

    /** Null for {@link #BEFORE_SECRETS}. */
    private final SecretKeySpec key;

    private ShuffleSecret(byte[] key) {
        this.key = key == null ? null : new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * The shuffle QuizNight used before it had a secret ({@code String.hashCode} of the sorted texts), which anyone
     * can compute: only to restore a room or homework journal written before, whose recorded answers to an order
     * question name the items as they were shown then. Never for a quiz loaded to be played anew.
     */
    public static ShuffleSecret beforeSecrets() {
        return BEFORE_SECRETS;
    }

    /** The secret kept as text (a data folder's file, Redis). */
    public static ShuffleSecret of(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("a shuffle secret needs at least " + MIN_LENGTH + " characters");
        }
        return new ShuffleSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** A new secret of 256 random bits, known to nothing outside this object. */
    public static ShuffleSecret random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return new ShuffleSecret(b);
    }

    /**
     * The seed of the shuffle of items with these texts. It depends on the texts as a set, not on their order, so the
     * shuffle is found again from the items shown (shuffled) as from the items in the right order.
     */
    public long seed(List<String> texts) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(null);
        if (key == null) {
            return String.join("\u0000", sorted).hashCode();
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (String text : sorted) {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(4).putInt(b.length).array());
                mac.update(b);
            }
            return ByteBuffer.wrap(mac.doFinal()).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return key == null ? "ShuffleSecret[before secrets]" : "ShuffleSecret[hidden]";
    }
}
