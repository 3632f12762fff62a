package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Quiz;
import quiznight.testing.FakePeer;
import quiznight.testing.Questions;

/**
 * Journal {@code answer} records name their question's kind; a replay reads each answer with the kind rules of its
 * question, skips one recorded for another kind, and still reads journals written before the field existed.
 */
class KindJournalTest extends RoomOnDiskTest {
    FakePeer ada;
    FakePeer bob;
    int adaScore;

    private RoomRegistry registry() {
        return registry(new Quiz("q", "Q", "", List.of(Questions.single(1, 20_000), Questions.poll(20_000))));
    }

    /**
     * Ada answers the single right, Bob wrong, then both vote choice 2 in the poll, still open (Cy has not voted);
     * the process dies.
     */
    private String playUpToTheOpenPoll() {
        Room room = registry().create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        ada = new FakePeer();
        bob = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.join(bob, new ClientMessage.Join("123456", "Bob"), clock.millis());
        room.join(new FakePeer(), new ClientMessage.Join("123456", "Cy"), clock.millis()); // never answers
        room.command(host, new ClientMessage.Start());
        clock.advance(1000);
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 1, null, null, null), clock.millis(), 0);
        room.answer(bob, bob.memberId, new ClientMessage.Answer(0, 0, null, null, null), clock.millis(), 0);
        room.command(host, new ClientMessage.Next());
        adaScore = ada.last("result").get("score").asInt();
        room.command(host, new ClientMessage.Next());
        room.command(host, new ClientMessage.Next());
        clock.advance(1000);
        room.answer(ada, ada.memberId, new ClientMessage.Answer(1, 2, null, null, null), clock.millis(), 0);
        room.answer(bob, bob.memberId, new ClientMessage.Answer(1, 2, null, null, null), clock.millis(), 0);
        loop.advance(100);
        return room.code();
    }

    /** Rewrites the journal's answer lines only (the created record holds the quiz, kinds included). */
    private void editAnswers(String code, UnaryOperator<String> edit) throws Exception {
        Path journal = FileJournal.fileFor(dir.resolve("data"), code);
        String text = Files.readString(journal, StandardCharsets.UTF_8).lines()
                .map(l -> l.contains("\"t\":\"answer\"") ? edit.apply(l) : l)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(journal, text, StandardCharsets.UTF_8);
    }

    private FakePeer resume(String code, FakePeer before) {
        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        FakePeer again = new FakePeer();
        after.find(code).orElseThrow().resume(again, before.last("joined").get("token").asText(), clock.millis());
        return again;
    }

    @Test
    void answerRecords_nameTheirQuestionsKind() throws Exception {
        String code = playUpToTheOpenPoll();
        List<String> answers = Files.readAllLines(FileJournal.fileFor(dir.resolve("data"), code)).stream()
                .filter(l -> l.contains("\"t\":\"answer\"")).toList();
        assertThat(answers).hasSize(4);
        assertThat(answers.get(0)).contains("\"kind\":\"single\"");
        assertThat(answers.get(3)).contains("\"kind\":\"poll\"", "\"answer\":2");
    }

    @Test
    void replayOfAnOpenPoll_keepsTheVotes_andTheRevealShowsTheDistributionWithNoRightChoice() {
        String code = playUpToTheOpenPoll();
        FakePeer adaAgain = resume(code, ada);
        assertThat(adaAgain.last("resumed").get("answered").asBoolean()).isTrue();
        assertThat(adaAgain.last("resumed").get("score").asInt()).isEqualTo(adaScore);

        loop.advance(20_000);
        JsonNode reveal = adaAgain.last("reveal");
        assertThat(reveal.get("correct").toString()).isEqualTo("[]");
        assertThat(reveal.get("counts").toString()).isEqualTo("[0,0,2,0]");
        assertThat(reveal.get("correctCount").asInt()).isZero();
        JsonNode result = adaAgain.last("result");
        assertThat(result.get("correct").asBoolean()).isFalse();
        assertThat(result.get("points").asInt()).isZero();
        assertThat(result.get("streak").asInt()).as("the poll leaves Ada's streak of 1").isEqualTo(1);
        assertThat(result.get("score").asInt()).isEqualTo(adaScore);
    }

    @Test
    void oldJournalWithoutKinds_isReplayedByEachQuestionsKind() throws Exception {
        String code = playUpToTheOpenPoll();
        editAnswers(code, l -> l.replaceAll(",\"kind\":\"[a-z]+\"", ""));
        FakePeer adaAgain = resume(code, ada);
        assertThat(adaAgain.last("resumed").get("score").asInt()).isEqualTo(adaScore).isPositive();
        assertThat(adaAgain.last("resumed").get("answered").asBoolean()).isTrue();
        loop.advance(20_000);
        assertThat(adaAgain.last("reveal").get("counts").toString()).isEqualTo("[0,0,2,0]");
    }

    @Test
    void answerRecordedForAnotherKind_isSkipped_andTheRecordsAfterItStillApply() throws Exception {
        String code = playUpToTheOpenPoll();
        editAnswers(code, l -> l.replace("\"kind\":\"single\"", "\"kind\":\"text\""));
        FakePeer adaAgain = resume(code, ada);
        JsonNode resumed = adaAgain.last("resumed");
        assertThat(resumed.get("score").asInt()).as("the answer of another kind is not counted").isZero();
        assertThat(resumed.get("state").asText()).isEqualTo("question");
        assertThat(resumed.get("answered").asBoolean()).as("the poll vote after it is replayed").isTrue();
    }
}
