package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.results.ResultsStore;
import quiznight.testing.FakePeer;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;
import quiznight.testing.Questions;

class RoomTest {
    static final long T = 20_000;

    @TempDir
    Path results;

    ManualClock clock = new ManualClock(1_700_000_000_000L);
    ManualLoop loop = new ManualLoop(clock);
    ResultsStore store;
    Room room;
    FakePeer host = new FakePeer();
    List<Room> closedRooms = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = new ResultsStore(results);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Room open(Question... qs) {
        Quiz quiz = new Quiz("t", "Test", "", List.of(qs));
        Room.Services services = TestRooms.services(clock, store);
        room = new Room(TestRooms.options(quiz, clock.millis()), loop, services,
                closedRooms::add);
        room.openForHost(host);
        return room;
    }

    private FakePeer join(String name) {
        FakePeer p = new FakePeer();
        room.join(p, new ClientMessage.Join("123456", name), clock.millis());
        return p;
    }

    private void answer(FakePeer p, int index, int choice) {
        room.answer(p, p.memberId, new ClientMessage.Answer(index, choice, null, null, null), clock.millis(), 0);
    }

    @Test
    void create_tellsTheHostTheCodeTokenAndJoinUrl() {
        open(Questions.single(0, T));
        JsonNode created = host.last("created");
        assertThat(created.get("code").asText()).isEqualTo("123456");
        assertThat(created.get("hostToken").asText()).isEqualTo("host-token");
        assertThat(created.get("joinUrl").asText()).endsWith("/play?code=123456");
        assertThat(created.get("quiz").get("questions").asInt()).isEqualTo(1);
        assertThat(created.has("sentAt")).isTrue();
    }

    @Test
    void join_answersJoinedWithTokenAndSendsLobby_coalescedAcrossManyJoins() {
        open(Questions.single(0, T));
        FakePeer first = join("Ada");
        loop.runDue();
        for (int i = 0; i < 30; i++) {
            join("P" + i);
        }
        loop.advance(100);
        JsonNode joined = first.last("joined");
        assertThat(joined.get("token").asText()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(joined.get("name").asText()).isEqualTo("Ada");
        assertThat(host.ofType("lobby")).hasSize(2);
        assertThat(host.last("lobby").get("count").asInt()).isEqualTo(31);
        assertThat(host.last("lobby").get("players")).hasSize(31);
        assertThat(first.last("lobby").has("players")).isFalse();
    }

    @Test
    void question_neverCarriesTheCorrectAnswer() {
        open(Questions.single(3, T));
        FakePeer p = join("Ada");
        room.command(host, new ClientMessage.Start());
        JsonNode q = p.last("question");
        assertThat(q.toString()).doesNotContain("correct").doesNotContain("explanation");
        assertThat(q.get("deadline").asLong()).isEqualTo(clock.millis() + T);
        assertThat(q.get("choices")).hasSize(4);
    }

    @Test
    void question_closesAtDeadline_thenRevealAndOwnResultGoOut() {
        open(Questions.single(1, T));
        FakePeer a = join("Ada");
        FakePeer b = join("Bob");
        room.command(host, new ClientMessage.Start());
        clock.advance(5000);
        answer(a, 0, 1);
        assertThat(a.last().get("type").asText()).isEqualTo("ack");
        loop.advance(T - 5001);
        assertThat(a.ofType("reveal")).isEmpty();
        loop.advance(1);
        JsonNode reveal = b.last("reveal");
        assertThat(reveal.get("correct").get(0).asInt()).isEqualTo(1);
        assertThat(reveal.get("counts").toString()).isEqualTo("[0,1,0,0]");
        assertThat(reveal.get("explanation").asText()).isEqualTo("Because.");
        JsonNode ra = a.last("result");
        assertThat(ra.get("correct").asBoolean()).isTrue();
        assertThat(ra.get("points").asInt()).isEqualTo(875);
        assertThat(ra.get("rank").asInt()).isEqualTo(1);
        JsonNode rb = b.last("result");
        assertThat(rb.get("correct").asBoolean()).isFalse();
        assertThat(rb.get("rank").asInt()).isEqualTo(2);
        assertThat(rb.get("behind").asInt()).isEqualTo(875);
    }

    @Test
    void question_closesEarly_whenEveryConnectedPlayerHasAnswered() {
        open(Questions.single(0, T));
        FakePeer a = join("Ada");
        FakePeer b = join("Bob");
        FakePeer c = join("Cy");
        room.command(host, new ClientMessage.Start());
        answer(a, 0, 0);
        room.disconnected(c, c.memberId);
        assertThat(a.ofType("reveal")).isEmpty();
        answer(b, 0, 2);
        assertThat(a.ofType("reveal")).hasSize(1);
        assertThat(host.last("reveal").get("answered").asInt()).isEqualTo(2);
    }

    @Test
    void resume_midQuestion_getsOriginalDeadlineAnsweredFlagAndScore() {
        open(Questions.single(0, T), Questions.single(0, T));
        FakePeer a = join("Ada");
        String token = a.last("joined").get("token").asText();
        join("Bob");
        room.command(host, new ClientMessage.Start());
        answer(a, 0, 0);
        room.command(host, new ClientMessage.Next());
        room.command(host, new ClientMessage.Next());
        room.command(host, new ClientMessage.Next());
        long deadline = a.last("question").get("deadline").asLong();
        answer(a, 1, 0);
        room.disconnected(a, a.memberId);
        clock.advance(3000);
        FakePeer again = new FakePeer();
        room.resume(again, token, clock.millis());
        JsonNode resumed = again.received.get(0);
        assertThat(resumed.get("type").asText()).isEqualTo("resumed");
        assertThat(resumed.get("role").asText()).isEqualTo("player");
        assertThat(resumed.get("state").asText()).isEqualTo("question");
        assertThat(resumed.get("score").asInt()).isEqualTo(1000);
        assertThat(resumed.get("answered").asBoolean()).isTrue();
        assertThat(resumed.get("name").asText()).isEqualTo("Ada");
        assertThat(again.received.get(1).get("type").asText()).isEqualTo("question");
        assertThat(again.received.get(1).get("deadline").asLong()).isEqualTo(deadline);
    }

    @Test
    void resume_onASecondConnection_closesTheFirst() {
        open(Questions.single(0, T));
        FakePeer a = join("Ada");
        String token = a.last("joined").get("token").asText();
        FakePeer second = new FakePeer();
        room.resume(second, token, clock.millis());
        assertThat(a.closedWith).isEqualTo(4001);
        assertThat(a.room).isNull();
        room.disconnected(a, "p1");
        room.command(host, new ClientMessage.Start());
        assertThat(second.ofType("question")).hasSize(1);
        answer(second, 0, 0);
        assertThat(second.last("reveal")).isNotNull();
    }

    @Test
    void resume_withUnknownToken_isBadToken_andHostTokenResumesHost() {
        open(Questions.single(0, T));
        FakePeer stranger = new FakePeer();
        room.resume(stranger, "nope", clock.millis());
        assertThat(stranger.last().get("code").asText()).isEqualTo("bad-token");
        FakePeer newHost = new FakePeer();
        room.resume(newHost, "host-token", clock.millis());
        assertThat(newHost.received.get(0).get("role").asText()).isEqualTo("host");
        assertThat(newHost.received.get(0).get("code").asText()).isEqualTo("123456");
        assertThat(host.closedWith).isEqualTo(4001);
        room.command(newHost, new ClientMessage.Start());
        assertThat(newHost.last("question")).isNotNull();
    }

    @Test
    void hostCommand_fromAPlayer_isNotHost_andChangesNothing() {
        open(Questions.single(0, T));
        FakePeer a = join("Ada");
        room.command(a, new ClientMessage.Start());
        assertThat(a.last().get("code").asText()).isEqualTo("not-host");
        assertThat(a.ofType("question")).isEmpty();
    }

    @Test
    void kick_sendsKickedClosesAndFreesTheName() {
        open(Questions.single(0, T));
        FakePeer a = join("Ada");
        room.command(host, new ClientMessage.Kick(a.memberId));
        assertThat(a.last().get("type").asText()).isEqualTo("kicked");
        assertThat(a.closedWith).isEqualTo(1000);
        FakePeer again = join("Ada");
        assertThat(again.last("joined").get("name").asText()).isEqualTo("Ada");
    }

    @Test
    void finished_playersGetTheirOwnRank_andResultIsKept_thenRoomDropsAfterTenMinutes() {
        open(Questions.single(0, T));
        FakePeer a = join("Ada");
        FakePeer b = join("Bob");
        room.command(host, new ClientMessage.Start());
        answer(b, 0, 0);
        answer(a, 0, 1);
        room.command(host, new ClientMessage.Next());
        room.command(host, new ClientMessage.Next());
        JsonNode fa = a.last("finished");
        assertThat(fa.get("you").get("rank").asInt()).isEqualTo(2);
        assertThat(fa.get("podium").get(0).get("name").asText()).isEqualTo("Bob");
        assertThat(host.last("finished").has("you")).isFalse();
        assertThat(room.result()).isNotNull();
        assertThat(room.result().players()).extracting(p -> p.name()).containsExactly("Bob", "Ada");
        loop.advance(10 * 60_000 - 1);
        assertThat(closedRooms).isEmpty();
        loop.advance(1);
        assertThat(closedRooms).containsExactly(room);
        assertThat(a.closedWith).isEqualTo(1000);
        assertThat(loop.pendingTimers()).isZero();
    }

    @Test
    void emptyRoom_isDroppedAfterTenMinutes_unlessSomeoneComesBack() {
        open(Questions.single(0, T));
        FakePeer a = join("Ada");
        room.disconnected(host, null);
        room.disconnected(a, a.memberId);
        loop.advance(5 * 60_000);
        FakePeer back = new FakePeer();
        room.resume(back, "host-token", clock.millis());
        loop.advance(10 * 60_000);
        assertThat(closedRooms).isEmpty();
        room.disconnected(back, null);
        loop.advance(10 * 60_000);
        assertThat(closedRooms).containsExactly(room);
        assertThat(loop.pendingTimers()).isZero();
    }

    @Test
    void end_finishesAtOnce_fromAnOpenQuestion() {
        open(Questions.single(0, T), Questions.single(0, T));
        FakePeer a = join("Ada");
        join("Bob");
        room.command(host, new ClientMessage.Start());
        answer(a, 0, 0);
        room.command(host, new ClientMessage.End());
        assertThat(a.last().get("type").asText()).isEqualTo("finished");
        assertThat(a.last().get("you").get("score").asInt()).isEqualTo(1000);
        loop.advance(T);
        assertThat(a.ofType("reveal")).isEmpty();
    }

    @Test
    void lock_refusesJoins_andTellsTheHost() {
        open(Questions.single(0, T));
        room.command(host, new ClientMessage.Lock(true));
        assertThat(host.last().get("type").asText()).isEqualTo("locked");
        FakePeer late = join("Late");
        assertThat(late.last().get("code").asText()).isEqualTo("room-locked");
        assertThat(late.room).isNull();
    }

    @Test
    void lateJoiner_midQuestion_getsTheQuestionAndCanAnswer() {
        open(Questions.single(0, T));
        join("Ada");
        room.command(host, new ClientMessage.Start());
        clock.advance(8000);
        FakePeer late = join("Late");
        assertThat(late.types()).containsSubsequence("joined", "question");
        answer(late, 0, 0);
        assertThat(late.last().get("type").asText()).isEqualTo("ack");
    }
}
