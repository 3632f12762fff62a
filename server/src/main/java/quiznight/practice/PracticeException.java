package quiznight.practice;

/**
 * A practice request refused, with the sentence the learner reads; nothing changed. {@link #reason} says which
 * kind of refusal it is (the HTTP layer turns it into a status).
 */
public final class PracticeException extends RuntimeException {
    /** Why a request was refused. */
    public enum Reason {
        /** The request is malformed or names something that does not fit (400). */
        BAD,
        /** No such quiz or practice session (404). */
        NOT_FOUND,
        /** The session is not at that question any more, or has ended (409). */
        CONFLICT,
        /** Too many practice sessions from one address at once (429). */
        TOO_MANY
    }

    private final Reason reason;

    public PracticeException(Reason reason, String sentence) {
        super(sentence, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
