package quiznight.quiz;

/**
 * Where an uploaded quiz is made known beyond this server. A single server has nowhere ({@link #NONE}); in
 * cluster mode the quiz is stored in Redis and every server adds it to its catalog.
 */
@FunctionalInterface
public interface QuizShare {
    /** Shares a quiz just saved here; false, and nothing shared, when another server has a quiz with its id. */
    boolean share(Quiz quiz);

    QuizShare NONE = quiz -> true;
}
