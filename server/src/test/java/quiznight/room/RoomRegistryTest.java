package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.testing.Questions;

class RoomRegistryTest {

    private static Quiz quiz() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Question q = Questions.single(0, 20_000);
            qs.add(new Question(q.kind(), "Q" + i, null, q.choices(), q.solution(), q.timeLimitMs(), 1, "", null,
                    i < 4 ? "Models" : i < 7 ? "Views" : "Security", i + 1));
        }
        return new Quiz("q", "Q", "", qs);
    }

    private static List<String> texts(List<Question> qs) {
        return qs.stream().map(Question::text).toList();
    }

    @Test
    void select_firstN_inOrder() {
        var picked = RoomRegistry.select(quiz(), new ClientMessage.CreateOptions(3, false, null, null, false), 1);
        assertThat(texts(picked)).containsExactly("Q0", "Q1", "Q2");
    }

    @Test
    void select_sections_keepsOnlyThoseQuestions_inQuizOrder() {
        var picked = RoomRegistry.select(quiz(), new ClientMessage.CreateOptions(null, false, null, List.of("Security", "Models"), false), 1);
        assertThat(texts(picked)).containsExactly("Q0", "Q1", "Q2", "Q3", "Q7", "Q8", "Q9");
    }

    @Test
    void select_shuffleWithN_picksNDistinctQuestionsOfTheSections() {
        var picked = RoomRegistry.select(quiz(), new ClientMessage.CreateOptions(2, true, null, List.of("Views"), false), 1);
        assertThat(picked).hasSize(2).doesNotHaveDuplicates();
        assertThat(picked).allSatisfy(q -> assertThat(q.section()).isEqualTo("Views"));
    }

    @Test
    void select_timeLimit_overridesEveryQuestion() {
        var picked = RoomRegistry.select(quiz(), new ClientMessage.CreateOptions(null, false, 7, null, false), 1);
        assertThat(picked).allSatisfy(q -> assertThat(q.timeLimitMs()).isEqualTo(7000));
    }

    @Test
    void select_unknownSection_isBadMessageNamingTheSections() {
        assertThatThrownBy(() -> RoomRegistry.select(quiz(), new ClientMessage.CreateOptions(null, false, null, List.of("Nope"), false), 1))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("Nope").hasMessageContaining("Models, Views, Security");
    }

    /** 5 questions, the second in a section, the rest in none. */
    private static Quiz partlySectioned() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Question q = Questions.single(0, 20_000);
            qs.add(new Question(q.kind(), "Q" + i, null, q.choices(), q.solution(), q.timeLimitMs(), 1, "", null,
                    i == 1 ? "Models" : null, i + 1));
        }
        return new Quiz("p", "P", "", qs);
    }

    @Test
    void select_noSectionChoice_playsQuestionsWithAndWithoutASection() {
        var picked = RoomRegistry.select(partlySectioned(), ClientMessage.CreateOptions.NONE, 1);
        assertThat(texts(picked)).containsExactly("Q0", "Q1", "Q2", "Q3", "Q4");
    }

    @Test
    void select_sectionsWithUnsectioned_playsTheQuestionsWithoutASectionToo() {
        var both = RoomRegistry.select(partlySectioned(),
                new ClientMessage.CreateOptions(null, false, null, List.of("Models"), false, true), 1);
        assertThat(texts(both)).containsExactly("Q0", "Q1", "Q2", "Q3", "Q4");
        var onlyUnsectioned = RoomRegistry.select(partlySectioned(),
                new ClientMessage.CreateOptions(null, false, null, List.of(), false, true), 1);
        assertThat(texts(onlyUnsectioned)).containsExactly("Q0", "Q2", "Q3", "Q4");
        var onlyModels = RoomRegistry.select(partlySectioned(),
                new ClientMessage.CreateOptions(null, false, null, List.of("Models"), false, false), 1);
        assertThat(texts(onlyModels)).containsExactly("Q1");
    }
}
