package quiznight.quiz;

/** A quiz file that cannot be loaded; the message names the file, the question number and the field. */
public final class QuizFormatException extends Exception {
    public QuizFormatException(String message) {
        super(message);
    }

    public QuizFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
