package quiznight.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code pictures} scenario's preparation, before any room exists: one generated picture per question of the
 * benchmark quiz uploaded with {@code POST /api/media}, then a copy of the quiz with each question's {@code image} set
 * to its picture's projector path uploaded with {@code POST /api/quizzes}; the hosts create their rooms with the id
 * the server gave that copy. Both requests carry the organiser key ({@code X-Organiser-Key}) the hosts send.
 */
final class PictureQuiz {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One uploaded picture: the bytes sent and the paths the server answered. */
    record Picture(int number, long uploadBytes, String projector, String phone) {
    }

    /** What a run plays: the uploaded quiz's id and its pictures, in question order. */
    record Prepared(String quizId, List<Picture> pictures, double seconds) {
        long uploadBytes() {
            return pictures.stream().mapToLong(Picture::uploadBytes).sum();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String httpBase;
    private final String organiserKey;

    /** @param httpBase e.g. {@code http://127.0.0.1:8080}; @param organiserKey null to send none */
    PictureQuiz(String httpBase, String organiserKey) {
        this.httpBase = httpBase;
        this.organiserKey = organiserKey;
    }

    /** A run's pictures and quiz, uploaded to the first node of {@code t} (the quiz the bots know: --quiz-file or bundled). */
    static Prepared prepare(RunSpec s, Target t) throws IOException, InterruptedException {
        if ("none".equals(s.quizFile())) {
            throw new IllegalArgumentException("--images copies the quiz the server plays: give it with --quiz-file, not 'none'");
        }
        JsonNode quiz = s.quizFile() == null ? QuizKnowledge.bundledTree()
                : JSON.readTree(java.nio.file.Path.of(s.quizFile()).toFile());
        return new PictureQuiz(t.nodes().get(0).mediaBase(), t.organiserKey()).prepare(quiz, "loadtest-pictures.json");
    }

    /** Uploads a picture per question of {@code quiz} and the copy of the quiz that shows them. */
    Prepared prepare(JsonNode quiz, String fileName) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<Picture> pictures = new ArrayList<>();
        int n = quiz.path("questions").size();
        for (int i = 0; i < n; i++) {
            pictures.add(upload(i + 1, PictureMaker.jpeg(i + 1, PictureMaker.WIDTH, PictureMaker.HEIGHT)));
        }
        byte[] body = JSON.writeValueAsBytes(withImages(quiz, pictures));
        JsonNode created = post("/api/quizzes", body, fileName);
        String id = created.path("id").asText("");
        if (id.isEmpty()) {
            throw new IOException("POST /api/quizzes answered without an id: " + created);
        }
        return new Prepared(id, List.copyOf(pictures), (System.nanoTime() - t0) / 1e9);
    }

    /** A copy of {@code quiz} whose question {@code i} shows picture {@code i} (projector path, as the format wants). */
    static JsonNode withImages(JsonNode quiz, List<Picture> pictures) {
        ObjectNode copy = quiz.deepCopy();
        copy.remove("id"); // the upload's file name gives it one
        copy.put("title", quiz.path("title").asText("Quiz") + " (a picture per question)");
        var questions = copy.withArray("questions");
        for (int i = 0; i < questions.size() && i < pictures.size(); i++) {
            ObjectNode q = (ObjectNode) questions.get(i);
            q.put("image", pictures.get(i).projector());
            q.put("imageAlt", "A pattern with the label Q" + pictures.get(i).number());
        }
        return copy;
    }

    Picture upload(int number, byte[] jpeg) throws IOException, InterruptedException {
        JsonNode r = post("/api/media", jpeg, null);
        String projector = r.path("projector").asText("");
        String phone = r.path("phone").asText("");
        if (projector.isEmpty() || phone.isEmpty()) {
            throw new IOException("POST /api/media answered without projector/phone paths: " + r);
        }
        return new Picture(number, jpeg.length, projector, phone);
    }

    private JsonNode post(String path, byte[] body, String fileName) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(httpBase + path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (organiserKey != null) {
            b.header("X-Organiser-Key", organiserKey);
        }
        if (fileName != null) {
            b.header("X-Filename", fileName);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new IOException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
