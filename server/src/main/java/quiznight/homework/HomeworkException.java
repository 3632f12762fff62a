package quiznight.homework;

/**
 * A refusal of the homework rules: the HTTP status it is answered with and the sentence that says why. Thrown before
 * anything changes, except {@link Late}, whose question has closed (by the clock, not by the answer).
 */
public class HomeworkException extends RuntimeException {
    private final int status;

    public HomeworkException(int status, String sentence) {
        super(sentence, null, false, false);
        this.status = status;
    }

    /** 400 bad input, 403 not allowed, 404 unknown, 409 conflicts with the state, 410 past the deadline, 429 too many. */
    public int status() {
        return status;
    }

    /** An answer after its question's time (and the grace): it scores nothing, and the right answer comes with it. */
    public static final class Late extends HomeworkException {
        private final Assignment.Reveal reveal;

        Late(Assignment.Reveal reveal) {
            super(409, "Time was up for this question before your answer arrived: it scores nothing.");
            this.reveal = reveal;
        }

        public Assignment.Reveal reveal() {
            return reveal;
        }
    }
}
