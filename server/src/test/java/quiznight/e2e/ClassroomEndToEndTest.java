package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * A school's phones behind one public address (here: one X-Forwarded-For address through a trusted proxy) while
 * one of them attacks: guessing codes over WebSocket and HTTP, creating rooms, flooding a room with joins.
 */
class ClassroomEndToEndTest {
    static final Map<String, String> SCHOOL = Map.of("X-Forwarded-For", "203.0.113.10");
    static final Map<String, String> OTHER_SCHOOL = Map.of("X-Forwarded-For", "198.51.100.7");

    @TempDir
    Path dir;

    private QuizServer start(Consumer<Settings.Builder> change) throws Exception {
        return QuizServer.start(TestServer.settings(dir).with(b -> {
            b.trustedProxies = List.of("127.0.0.1");
            change.accept(b);
        }));
    }

    private static WsClient connect(QuizServer server, Map<String, String> from) {
        return WsClient.connect(URI.create("ws://127.0.0.1:" + server.port() + "/ws"), from);
    }

    private static String create(WsClient host) {
        host.send("type", "create", "quiz", "mixed", "options", Map.of("questions", 1));
        return host.take("created").get("code").asText();
    }

    /** Sprays wrong codes from the school the way an attacker would: a fresh connection every 3 codes (answered at once). */
    private static final class Sprayer {
        final QuizServer server;
        final Random random = new Random(7);
        final List<String> answers = new ArrayList<>();
        final List<String> avoid;
        WsClient conn;
        int sent;

        Sprayer(QuizServer server, List<String> avoid) {
            this.server = server;
            this.avoid = avoid;
        }

        JsonNode join(String code) {
            if (conn == null || sent == 3) {
                if (conn != null) {
                    conn.close();
                }
                conn = connect(server, SCHOOL);
                sent = 0;
            }
            sent++;
            conn.send("type", "join", "code", code, "name", "Mallory");
            JsonNode error = conn.take("error");
            answers.add(error.get("code").asText());
            return error;
        }

        JsonNode guess() {
            String code;
            do {
                code = String.valueOf(100_000 + random.nextInt(900_000));
            } while (avoid.contains(code));
            return join(code);
        }
    }

    @Test
    void classroomBehindOneAddress_joinsWhileAClassmateSpraysWrongCodes() throws Exception {
        // A budget of 20 instead of 100 so the spray spends it within the test; the rules are the same.
        try (QuizServer server = start(b -> b.wrongCodesBurst = 20);
             WsClient otherTeacher = connect(server, OTHER_SCHOOL); WsClient teacher = connect(server, SCHOOL)) {
            String theirs = create(otherTeacher);
            String ours = create(teacher);
            Sprayer mallory = new Sprayer(server, List.of(theirs, ours));
            List<WsClient> pupils = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                mallory.guess();
                mallory.guess();
                WsClient pupil = connect(server, SCHOOL);
                pupil.send("type", "join", "code", ours, "name", "Pupil " + i);
                assertThat(pupil.take("joined").get("name").asText()).isEqualTo("Pupil " + i);
                pupils.add(pupil);
            }
            assertThat(mallory.answers.subList(0, 20)).containsOnly("room-not-found");
            assertThat(mallory.answers.subList(20, 60)).containsOnly("rate-limited");
            String wrongAnswer = mallory.guess().get("message").asText();
            JsonNode liveAnswer = mallory.join(theirs);
            assertThat(liveAnswer.get("code").asText()).as("another school's live room").isEqualTo("rate-limited");
            assertThat(liveAnswer.get("message").asText()).isEqualTo(wrongAnswer);

            teacher.send("type", "start");
            for (WsClient pupil : pupils) {
                pupil.take("question");
                pupil.send("type", "answer", "index", 0, "choice", 1);
            }
            for (WsClient pupil : pupils) {
                assertThat(pupil.take("result").get("correct").asBoolean()).isTrue();
            }
            teacher.send("type", "next");
            assertThat(teacher.take("standings").toString()).contains("Pupil 0");
            pupils.forEach(WsClient::close);
            mallory.conn.close();
        }
    }

    @Test
    void qrCodeLookups_spendTheSameBudget_pastItEveryNewCodeIs429_butTheSchoolsOwnRoomIsServed() throws Exception {
        try (QuizServer server = start(b -> b.wrongCodesBurst = 3);
             WsClient otherTeacher = connect(server, OTHER_SCHOOL); WsClient teacher = WsClient.connect(server.port())) {
            String theirs = create(otherTeacher);
            String ours = create(teacher); // from 127.0.0.1 itself, like the HTTP requests below
            for (int i = 0; i < 3; i++) {
                String unknown = theirs.equals("10000" + i) ? "200000" : "10000" + i;
                assertThat(TestServer.get(server.port(), "/api/rooms/" + unknown + "/qr.svg").statusCode()).isEqualTo(404);
            }
            String never = theirs.equals("100009") ? "200009" : "100009";
            HttpResponse<String> unknown = TestServer.get(server.port(), "/api/rooms/" + never + "/qr.svg");
            HttpResponse<String> live = TestServer.get(server.port(), "/api/rooms/" + theirs + "/qr.svg");
            assertThat(unknown.statusCode()).isEqualTo(429);
            assertThat(unknown.headers().firstValue("retry-after")).isPresent();
            assertThat(unknown.body()).contains("Too many unknown room codes");
            assertThat(live.statusCode()).as("a live room of another address looks just like an unknown code").isEqualTo(429);
            assertThat(TestServer.get(server.port(), "/api/rooms/" + ours + "/qr.svg").statusCode()).isEqualTo(200);
            try (WsClient guesser = WsClient.connect(server.port())) {
                guesser.send("type", "join", "code", theirs, "name", "G");
                assertThat(guesser.takeError()).as("the WebSocket shares the budget").isEqualTo("rate-limited");
            }
        }
    }

    @Test
    void results_answerAWrongTokenExactlyLikeAnUnknownCode() throws Exception {
        try (QuizServer server = start(b -> { }); WsClient teacher = WsClient.connect(server.port())) {
            String ours = create(teacher);
            String unknown = ours.equals("999999") ? "999998" : "999999";
            HttpResponse<String> wrongToken = TestServer.get(server.port(), "/api/rooms/" + ours + "/results",
                    "Authorization", "Bearer not-the-token");
            HttpResponse<String> unknownCode = TestServer.get(server.port(), "/api/rooms/" + unknown + "/results",
                    "Authorization", "Bearer not-the-token");
            assertThat(wrongToken.statusCode()).isEqualTo(404);
            assertThat(unknownCode.statusCode()).isEqualTo(404);
            assertThat(wrongToken.body()).isEqualTo(unknownCode.body());
        }
    }

    @Test
    void roomCreationAndJoinsPerRoom_areCappedPerAddress_otherAddressesUnaffected() throws Exception {
        try (QuizServer server = start(b -> {
            b.createsPerMinute = 2;
            b.joinsPerRoomPerAddress = 2;
        }); WsClient a = connect(server, SCHOOL); WsClient b = connect(server, SCHOOL); WsClient c = connect(server, SCHOOL);
             WsClient elsewhere = connect(server, OTHER_SCHOOL)) {
            String room = create(a);
            create(b);
            c.send("type", "create", "quiz", "mixed");
            assertThat(c.take("error").get("message").asText()).contains("At most 2 rooms a minute");
            create(elsewhere);

            List<WsClient> bots = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                WsClient bot = connect(server, SCHOOL);
                bot.send("type", "join", "code", room, "name", "Bot " + i);
                bots.add(bot);
            }
            bots.get(0).take("joined");
            bots.get(1).take("joined");
            assertThat(bots.get(2).takeError()).isEqualTo("capacity");
            try (WsClient visitor = connect(server, OTHER_SCHOOL)) {
                visitor.send("type", "join", "code", room, "name", "Visitor");
                visitor.take("joined");
            }
            bots.forEach(WsClient::close);
        }
    }
}
