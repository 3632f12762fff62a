package quiznight.homework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizLoader;

/**
 * Which questions of a quiz an assignment plays, chosen as a room's are at create: the questions of the named
 * sections (and, if asked, those without one), shuffled if asked, the first {@code count}, each with the time limit
 * chosen or its own. Every choice is checked: a refusal is a 400 with its sentence.
 *
 * @param sections    section names; empty for every question
 * @param count       how many questions at most; null for all
 * @param timeLimitSec the time per question; null for each question's own
 */
public record Selection(List<String> sections, boolean unsectioned, boolean shuffle, Integer count,
                        Integer timeLimitSec) {
    public Selection {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public List<Question> from(Quiz quiz, Random random) {
        if (count != null && count < 1) {
            throw new HomeworkException(400, "An assignment needs at least one question.");
        }
        if (timeLimitSec != null && (timeLimitSec < QuizLoader.MIN_TIME_LIMIT_SEC || timeLimitSec > QuizLoader.MAX_TIME_LIMIT_SEC)) {
            throw new HomeworkException(400, "The time per question must be " + QuizLoader.MIN_TIME_LIMIT_SEC + " to "
                    + QuizLoader.MAX_TIME_LIMIT_SEC + " seconds.");
        }
        List<Question> pool = new ArrayList<>(quiz.questions());
        if (!sections.isEmpty() || unsectioned) {
            Set<String> known = new LinkedHashSet<>();
            quiz.sections().forEach(s -> known.add(s.name()));
            for (String s : sections) {
                if (!known.contains(s)) {
                    throw new HomeworkException(400, "This quiz has no section '" + s + "'."
                            + (known.isEmpty() ? " It has no sections." : " Its sections: " + String.join(", ", known) + "."));
                }
            }
            Set<String> wanted = Set.copyOf(sections);
            pool.removeIf(q -> q.section() == null ? !unsectioned : !wanted.contains(q.section()));
        }
        if (pool.isEmpty()) {
            throw new HomeworkException(400, "The sections chosen have no questions.");
        }
        if (shuffle) {
            Collections.shuffle(pool, random);
        }
        if (count != null && count < pool.size()) {
            pool = new ArrayList<>(pool.subList(0, count));
        }
        if (timeLimitSec != null) {
            long ms = timeLimitSec * 1000L;
            pool.replaceAll(q -> q.withTimeLimitMs(ms));
        }
        return List.copyOf(pool);
    }
}
