package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import quiznight.homework.Assignment;
import quiznight.homework.Student;
import quiznight.practice.PracticeRun;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

/**
 * A live game, a practice run (timed) and a homework assignment judge the same answers, given the same time after
 * their question went out, to the same verdicts: right or not, points, streak bonus, streak, score, and the answer
 * as recorded (a word cloud's words normalised).
 */
class SameVerdictEverywhereTest {
    static final long LIMIT = 20_000;
    static final long T0 = 1_000_000;

    /** One answer: to which question, what, and how long after the question went out. */
    record Given(Question question, Submission answer, long afterMs) {
    }

    /** What came of one answer, in the terms all three share. */
    record Came(boolean correct, int points, int bonus, int streak, int score, Submission recorded) {
    }

    static final List<Given> ANSWERS = List.of(
            new Given(Questions.single(1, LIMIT), new Submission.Choice(1), 2_000),
            new Given(Questions.multi(List.of(0, 2), LIMIT), new Submission.Choices(new TreeSet<>(List.of(0, 2))), 100),
            new Given(Questions.text(List.of("Paris"), LIMIT), new Submission.Text("Lyon"), 3_000),
            new Given(Questions.poll(LIMIT), new Submission.Choice(2), 500),
            new Given(Questions.order(LIMIT), new Submission.Order(List.of(2, 0, 3, 1)), 7_000),
            new Given(Questions.slider(50, 5, LIMIT), new Submission.Number(55), 15_000),
            new Given(Questions.noPoints(1, LIMIT), new Submission.Choice(1), 100),
            new Given(Questions.wordcloud(LIMIT), new Submission.Words(List.of(" Django ", "DJANGO", "Flask")), 1_000),
            new Given(Questions.doublePoints(3, LIMIT), new Submission.Choice(3), 9_000),
            new Given(Questions.number(42, 0, LIMIT), new Submission.Number(42), LIMIT));

    static List<Question> questions() {
        return ANSWERS.stream().map(Given::question).toList();
    }

    List<Came> live() {
        ManualClock clock = new ManualClock(T0);
        Game g = new Game(questions());
        Player p = g.join("p1", "Ada", clock.millis());
        g.start(clock.millis());
        List<Came> out = new ArrayList<>();
        for (int i = 0; i < ANSWERS.size(); i++) {
            clock.advance(ANSWERS.get(i).afterMs());
            g.answer("p1", i, ANSWERS.get(i).answer(), clock.millis(), 0);
            g.next(clock.millis()); // closes: the reveal
            AnswerRecord a = p.answer(i);
            out.add(new Came(a.correct(), a.points(), a.bonus(), p.streak(), p.score(), a.submission()));
            g.next(clock.millis()); // the standings
            g.next(clock.millis()); // the next question goes out now, or the end
        }
        return out;
    }

    List<Came> practice() {
        ManualClock clock = new ManualClock(T0);
        PracticeRun run = new PracticeRun("run", "addr", new Quiz("q", "Mixed", "", questions()),
                IntStream.range(0, ANSWERS.size()).boxed().toList(), true, clock.millis());
        List<Came> out = new ArrayList<>();
        for (int i = 0; i < ANSWERS.size(); i++) {
            clock.advance(ANSWERS.get(i).afterMs());
            PracticeRun.Outcome o = run.answer(i, ANSWERS.get(i).answer(), clock.millis());
            out.add(new Came(o.correct(), o.points(), o.bonus(), run.streak(), run.score(), o.submission()));
        }
        return out;
    }

    List<Came> homework() {
        ManualClock clock = new ManualClock(T0);
        Assignment a = new Assignment(new Assignment.Spec("abcdefghijkl", "default", "Week 1", "q", "Mixed",
                questions(), T0 + 24 * 3600 * 1000L, T0), NameFilter.none());
        Student s = a.join("s1", "t1", "Ada", clock.millis());
        List<Came> out = new ArrayList<>();
        for (int i = 0; i < ANSWERS.size(); i++) {
            a.question(s, clock.millis());
            clock.advance(ANSWERS.get(i).afterMs());
            Assignment.Outcome o = a.answer(s, i, ANSWERS.get(i).answer(), clock.millis());
            out.add(new Came(o.right(), o.points(), o.bonus(), s.streak(), o.score(), s.answer(i).submission()));
        }
        return out;
    }

    @Test
    void theLiveGamePracticeAndHomeworkGiveTheSameVerdictForTheSameAnswers() {
        List<Came> live = live();
        assertThat(practice()).containsExactlyElementsOf(live);
        assertThat(homework()).containsExactlyElementsOf(live);
    }

    @Test
    void theSharedVerdictsAreTheRulesOfTheContract() {
        List<Came> live = live();
        // Right in 2 s of 20: 950; right again at once: full points and a streak bonus of 100.
        assertThat(live.get(0)).isEqualTo(new Came(true, 950, 0, 1, 950, new Submission.Choice(1)));
        assertThat(live.get(1).points()).isEqualTo(1000 + 100);
        // Wrong: nothing, the streak broken; a poll leaves it broken (never right, no points).
        assertThat(live.get(2).streak()).isZero();
        assertThat(live.get(3)).extracting(Came::correct, Came::points, Came::streak).containsExactly(false, 0, 0);
        // Right, right: the streak builds again; a question for no points is right and leaves it as it was.
        assertThat(live.get(5).streak()).isEqualTo(2);
        assertThat(live.get(6)).extracting(Came::correct, Came::points, Came::streak).containsExactly(true, 0, 2);
        // A word cloud's words as counted; double points, and an answer at the very end of its time still scores.
        assertThat(live.get(7).recorded()).isEqualTo(new Submission.Words(List.of("django", "flask")));
        assertThat(live.get(8)).extracting(Came::points, Came::bonus, Came::streak)
                .containsExactly(Scoring.basePoints(9_000, LIMIT, 2) + 200, 200, 3);
        assertThat(live.get(9)).extracting(Came::correct, Came::points, Came::streak).containsExactly(true, 500 + 300, 4);
    }
}
