package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bots and polls: a poll has no right answer, so a bot votes a random choice, and a poll scores nothing. */
class PollKnowledgeTest {
    @TempDir
    Path dir;

    @Test
    void botsVoteARandomChoiceInAPoll_evenWhenAskedToBeRight() throws Exception {
        Path file = dir.resolve("polls.json");
        Files.writeString(file, "{\"title\":\"P\",\"questions\":["
                + "{\"kind\":\"poll\",\"text\":\"Tabs or spaces?\",\"choices\":[\"Tabs\",\"Spaces\",\"Both\"]}]}");
        QuizKnowledge k = QuizKnowledge.load(file.toString());
        byte[] frame = ("{\"type\":\"question\",\"sentAt\":1.5,\"index\":0,\"kind\":\"poll\",\"text\":\"Tabs or spaces?\","
                + "\"choices\":[\"Tabs\",\"Spaces\",\"Both\"]}").getBytes(StandardCharsets.UTF_8);
        Msg q = Msg.parse(frame, 0, frame.length);
        assertThat(k.knows(q)).isTrue();
        Set<String> votes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            votes.add(k.answerFrame(q, true, new Random(i)));
        }
        assertThat(votes).containsExactlyInAnyOrder("{\"type\":\"answer\",\"index\":0,\"choice\":0}",
                "{\"type\":\"answer\",\"index\":0,\"choice\":1}", "{\"type\":\"answer\",\"index\":0,\"choice\":2}");
        assertThat(QuizKnowledge.scored("poll")).isFalse();
        assertThat(QuizKnowledge.scored("single")).isTrue();
    }
}
