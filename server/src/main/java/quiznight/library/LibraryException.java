package quiznight.library;

import quiznight.quiz.CodedProblem;
import quiznight.quiz.imports.ImportProblem;

/** A library request refused, with the sentence to show; nothing was changed. */
public final class LibraryException extends Exception {
    /** Why, each with the HTTP status the routes answer. */
    public enum Reason {
        /** The request itself is wrong (not a quiz, too many questions, an unreadable file): 400. */
        BAD_REQUEST(400),
        /** A bundled or uploaded quiz: it can be read and duplicated, not changed: 403. */
        READ_ONLY(403),
        /** No such quiz or version: 404. */
        NOT_FOUND(404),
        /** The edit was based on an older version than the current one: 409. */
        CONFLICT(409),
        /** The quiz was deleted: 410. */
        GONE(410),
        /** The owner has as many quizzes as allowed: 507. */
        QUOTA(507),
        /** The disk refused a write; what was stored before is intact: 500. */
        STORAGE(500);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final Integer currentVersion;
    private final ImportProblem problem;

    public LibraryException(Reason reason, String sentence) {
        this(reason, sentence, null);
    }

    public LibraryException(Reason reason, String sentence, Integer currentVersion) {
        super(sentence, null, false, false);
        this.reason = reason;
        this.currentVersion = currentVersion;
        this.problem = null;
    }

    /** A refusal of a whole quiz with its code (too many questions, a full library): the code's sentence. */
    public LibraryException(Reason reason, CodedProblem coded) {
        super(coded.english(), null, false, false);
        this.reason = reason;
        this.currentVersion = null;
        this.problem = new ImportProblem(null, null, coded.english(), coded.code().wire(), coded.params());
    }

    /** A file that could not be imported: 400, with the problem's code and place. */
    public LibraryException(ImportProblem problem) {
        super(problem.message(), null, false, false);
        this.reason = Reason.BAD_REQUEST;
        this.currentVersion = null;
        this.problem = problem;
    }

    public Reason reason() {
        return reason;
    }

    /** The refusal's problem with its code (an imported file's, with its line), or null for a refusal without one. */
    public ImportProblem problem() {
        return problem;
    }

    /** With {@link Reason#CONFLICT}: the version the quiz is at now. */
    public Integer currentVersion() {
        return currentVersion;
    }
}
