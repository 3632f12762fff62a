package quiznight.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import quiznight.game.QuestionWire;
import quiznight.protocol.ServerMessage;
import quiznight.quiz.Question;
import quiznight.quiz.kinds.KindRules;

/**
 * How a practice run looks to its learner's browser (docs/protocol.md, "Solo practice"): the question as the live
 * {@code question} message ({@link QuestionWire}: never its solution), and after an answer the verdict with the
 * reveal as the live {@code reveal}. Only an answered question's solution is ever in here.
 */
public final class PracticeWire {
    private PracticeWire() {
    }

    /** Where a run stands ({@code POST /api/practice} and {@code GET /api/practice/<session>}): the question out now. */
    public static Map<String, Object> state(PracticeRun run, long now) {
        Map<String, Object> m = head(run, now);
        m.put("question", run.finished() ? null : question(run));
        if (run.finished()) {
            m.put("summary", summary(run));
        }
        return m;
    }

    /** The answer to an answer: its verdict, the reveal, and the next question (null after the last, with a summary). */
    public static Map<String, Object> answered(PracticeRun run, PracticeRun.Outcome o, long now) {
        Question q = run.quiz().questions().get(o.quizIndex());
        KindRules<?, ?> rules = q.kind().rules();
        int[] counts = new int[rules.countSlots(q)];
        rules.countInto(q, o.submission(), counts, 1);
        Map<String, Object> m = head(run, now);
        m.put("index", o.position());
        m.put("quizIndex", o.quizIndex());
        m.put("judged", o.judged());
        m.put("correct", o.correct());
        m.put("late", o.late());
        m.put("points", o.points());
        m.put("bonus", o.bonus());
        m.put("responseMs", o.responseMs());
        m.put("answer", rules.answerToWire(o.submission()));
        m.put("reveal", QuestionWire.reveal(q, o.position(), counts, 1, o.judged() && o.correct() ? 1 : 0, null, null));
        m.put("explanation", q.explanation());
        m.put("docs", q.docs());
        m.put("next", run.finished() ? null : question(run));
        if (run.finished()) {
            m.put("summary", summary(run));
        }
        return m;
    }

    private static Map<String, Object> head(PracticeRun run, long now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", run.id());
        m.put("quiz", Map.of("id", run.quiz().id(), "title", run.quiz().title()));
        m.put("timed", run.timed());
        m.put("total", run.total());
        m.put("position", run.position());
        m.put("score", run.score());
        m.put("streak", run.streak());
        m.put("sentAt", now);
        return m;
    }

    /**
     * The question out now, as the live {@code question} message: {@code index} its place in this run, {@code total}
     * the run's length; {@code deadline} when a timed answer stops scoring fully (0 for an untimed run).
     */
    static ServerMessage.Question question(PracticeRun run) {
        return QuestionWire.question(run.question(), run.position(), run.total(), run.timed() ? run.deadline() : 0,
                false, null);
    }

    private static Map<String, Object> summary(PracticeRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", run.score());
        m.put("right", run.rightCount());
        m.put("judged", (int) run.outcomes().stream().filter(PracticeRun.Outcome::judged).count());
        m.put("total", run.total());
        m.put("missed", run.missed());
        return m;
    }
}
