package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.security.MessageDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pictures scenario's uploads, against a small in-test server that answers as QuizNight's routes do. */
class PictureQuizTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;
    private final List<String> keys = new ArrayList<>();
    private final List<Integer> mediaSizes = new ArrayList<>();
    private volatile String fileName;
    private volatile JsonNode uploadedQuiz;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String start(int quizStatus) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/media", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            synchronized (keys) {
                keys.add(ex.getRequestHeaders().getFirst("X-Organiser-Key"));
                mediaSizes.add(body.length);
            }
            String id;
            try {
                id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IOException(e);
            }
            answer(ex, 201, "{\"id\":\"" + id + "\",\"projector\":\"/media/" + id + "-p.jpg\",\"phone\":\"/media/" + id
                    + "-m.jpg\",\"width\":1600,\"height\":900}");
        });
        server.createContext("/api/quizzes", ex -> {
            fileName = ex.getRequestHeaders().getFirst("X-Filename");
            uploadedQuiz = JSON.readTree(ex.getRequestBody().readAllBytes());
            answer(ex, quizStatus, quizStatus == 201 ? "{\"id\":\"loadtest-pictures-2\",\"questions\":10}"
                    : "{\"error\":\"loadtest-pictures.json: question 1: field 'image' is not a picture path\"}");
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Test
    void uploadsADistinctPicturePerQuestionThenTheQuizCopyShowingThemAndPlaysTheIdTheServerGave() throws Exception {
        JsonNode quiz = QuizKnowledge.bundledTree();
        int questions = quiz.path("questions").size();
        PictureQuiz.Prepared p = new PictureQuiz(start(201), "the-key").prepare(quiz, "loadtest-pictures.json");

        assertThat(p.quizId()).isEqualTo("loadtest-pictures-2");
        assertThat(p.pictures()).hasSize(questions);
        assertThat(p.pictures().stream().map(PictureQuiz.Picture::projector).distinct()).hasSize(questions);
        assertThat(keys).hasSize(questions).containsOnly("the-key");
        assertThat(mediaSizes).allSatisfy(n -> assertThat(n).isBetween(100_000, 300_000));
        assertThat(p.uploadBytes()).isEqualTo(mediaSizes.stream().mapToLong(Integer::longValue).sum());
        assertThat(fileName).isEqualTo("loadtest-pictures.json");
        assertThat(uploadedQuiz.has("id")).isFalse();
        for (int i = 0; i < questions; i++) {
            JsonNode q = uploadedQuiz.path("questions").get(i);
            assertThat(q.path("image").asText()).isEqualTo(p.pictures().get(i).projector()).matches("^/media/[0-9a-f]{64}-p\\.jpg$");
            assertThat(q.path("imageAlt").asText()).contains("Q" + (i + 1));
            // the rest of the question is the benchmark quiz's, so the bots still know the answers
            assertThat(q.path("text")).isEqualTo(quiz.path("questions").get(i).path("text"));
        }
    }

    @Test
    void aRefusedQuizUploadStopsTheRunWithTheServersSentence() throws Exception {
        PictureQuiz pq = new PictureQuiz(start(400), null);
        assertThatThrownBy(() -> pq.prepare(QuizKnowledge.bundledTree(), "loadtest-pictures.json"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("POST /api/quizzes answered 400")
                .hasMessageContaining("field 'image'");
        assertThat(keys).containsOnlyNulls();
    }
}
