package quiznight.media;

/** An image refused, with the sentence that says why (shown to the organiser as it is). */
public final class MediaException extends Exception {
    /** Why, so that the HTTP route can choose its status. */
    public enum Reason {
        /** No bytes at all (400). */
        EMPTY,
        /** Not PNG, JPEG, GIF or WebP (415). */
        UNSUPPORTED,
        /** Truncated or damaged, cannot be decoded (400). */
        DAMAGED,
        /** More pixels than the limit, read from the header before decoding (413). */
        TOO_MANY_PIXELS,
        /** The owner's space is full (507). */
        QUOTA
    }

    private final Reason reason;

    public MediaException(Reason reason, String sentence) {
        super(sentence, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
