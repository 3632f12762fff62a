package quiznight.homework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quiznight.game.QuestionWire;
import quiznight.quiz.Question;
import quiznight.results.GameResult;
import quiznight.results.Recap;

/**
 * An assignment in the results' shape, so that the live game's report ({@code GameReport}, its view and its
 * workbook) and the player's recap serve homework unchanged: the assignment's id stands for the room code, every
 * student is a player ranked by score (equal scores share a rank), and a question a student never answered in time
 * is, as in a live game, no answer.
 */
public final class AssignmentResults {
    private AssignmentResults() {
    }

    /** The whole class so far ({@code complete} once the deadline passed). */
    public static GameResult of(Assignment a, long now) {
        List<Student> students = new ArrayList<>(a.students());
        students.sort(Comparator.comparingInt(Student::score).reversed()
                .thenComparingLong(s -> s.finished() ? s.finishedAt() : Long.MAX_VALUE));
        List<GameResult.PlayerResult> players = new ArrayList<>(students.size());
        int rank = 0;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            if (s.score() != previous) {
                rank = i + 1;
                previous = s.score();
            }
            players.add(player(a, s, rank));
        }
        return result(a, now, players, a.total());
    }

    /**
     * A student's recap: only the questions closed for them (the first ones, in order), so no right answer of a
     * question they have not been through is in it; their rank among those who finished, counting themselves.
     */
    public static Recap recap(Assignment a, Student s, long now) {
        int rank = a.rankAmongFinished(s);
        int among = a.finishedCount() + (s.finished() ? 0 : 1);
        GameResult one = result(a, now, List.of(player(a, s, rank)), s.done());
        Recap r = Recap.of(one, s.id()).orElseThrow();
        return new Recap(r.code(), r.quizTitle(), r.name(), r.rank(), r.score(), among, r.complete(), r.questions());
    }

    private static GameResult result(Assignment a, long now, List<GameResult.PlayerResult> players, int played) {
        Assignment.Spec spec = a.spec();
        List<GameResult.QuestionRef> questions = new ArrayList<>();
        for (int i = 0; i < spec.questions().size(); i++) {
            questions.add(QuestionWire.inResults(i, spec.questions().get(i)));
        }
        boolean complete = a.closed(now);
        return new GameResult(spec.id(), new GameResult.QuizRef(spec.quizId(), spec.title()), spec.createdAt(),
                spec.createdAt(), complete ? spec.deadline() : now, complete, questions, players, played, null);
    }

    private static GameResult.PlayerResult player(Assignment a, Student s, int rank) {
        List<GameResult.AnswerResult> answers = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < s.done(); i++) {
            Student.Given g = s.answer(i);
            if (g != null) {
                Question q = a.spec().questions().get(i);
                answers.add(new GameResult.AnswerResult(i, q.kind().rules().answerToWire(g.submission()), g.correct(),
                        g.points(), g.responseMs()));
                correct += g.correct() ? 1 : 0;
            }
        }
        return new GameResult.PlayerResult(rank, s.id(), s.name(), s.score(), correct, List.copyOf(answers));
    }
}
