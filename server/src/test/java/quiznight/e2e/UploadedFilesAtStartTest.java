package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.quiz.QuizFormatException;
import quiznight.testing.TestServer;

/**
 * One bad uploaded file never keeps the server from starting: it is set aside in {@code rejected/}, logged,
 * and listed for the host screen; bundled and {@code --quizzes} files stay strict.
 */
class UploadedFilesAtStartTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static String quiz(String id, int questions) {
        StringBuilder b = new StringBuilder("{\"id\":\"" + id + "\",\"title\":\"" + id + "\",\"questions\":[");
        for (int i = 0; i < questions; i++) {
            b.append(i == 0 ? "" : ",").append("{\"kind\":\"truefalse\",\"text\":\"q").append(i).append("\",\"correct\":[0]}");
        }
        return b.append("]}").toString();
    }

    @Test
    void aServerWithABrokenAndAnOversizedUpload_starts_servesTheGoodOnes_andMovedTheBadOnesAside(@TempDir Path root)
            throws Exception {
        Settings settings = TestServer.settings(root).with(b -> b.maxQuestionsPerQuiz = 10);
        Path uploads = settings.uploadsDir();
        Files.createDirectories(uploads);
        Files.writeString(uploads.resolve("good.json"), quiz("good", 3));
        Files.writeString(uploads.resolve("broken.json"), "{\"title\": \"cut off in the mid");
        Files.writeString(uploads.resolve("huge.json"), quiz("huge", 11));

        try (QuizServer server = QuizServer.start(settings)) {
            JsonNode list = JSON.readTree(TestServer.get(server.port(), "/api/quizzes").body());
            assertThat(list.findValuesAsText("id")).contains("good").doesNotContain("broken", "huge");

            JsonNode rejected = JSON.readTree(TestServer.get(server.port(), "/api/quizzes/rejected").body());
            assertThat(rejected).hasSize(2);
            assertThat(rejected.get(0).get("file").asText()).isEqualTo("broken.json");
            assertThat(rejected.get(0).get("file").asText()).isEqualTo("broken.json");
            assertThat(rejected.get(0).get("reason").asText()).startsWith("not valid JSON");
            assertThat(rejected.get(1).get("file").asText()).isEqualTo("huge.json");
            assertThat(rejected.get(1).get("reason").asText()).contains("more than 10 questions");
        }
        assertThat(uploads.resolve("good.json")).exists();
        assertThat(uploads.resolve("broken.json")).doesNotExist();
        assertThat(uploads.resolve("rejected/broken.json")).exists();
        assertThat(uploads.resolve("rejected/huge.json")).exists();

        // the next start finds nothing to reject
        try (QuizServer again = QuizServer.start(settings)) {
            assertThat(TestServer.get(again.port(), "/api/quizzes/rejected").body()).isEqualTo("[]");
        }
    }

    @Test
    void anUploadWhoseIdABundledQuizHas_isSetAside_notAFailedStart(@TempDir Path root) throws Exception {
        Settings settings = TestServer.settings(root);
        Files.createDirectories(settings.uploadsDir());
        String bundledId = quiznight.quiz.QuizCatalog.bundled().get(0).id();
        Files.writeString(settings.uploadsDir().resolve("copy.json"), quiz(bundledId, 2));

        try (QuizServer server = QuizServer.start(settings)) {
            JsonNode rejected = JSON.readTree(TestServer.get(server.port(), "/api/quizzes/rejected").body());
            assertThat(rejected.get(0).get("reason").asText()).contains("already has the id");
        }
    }

    @Test
    void aBrokenFileInTheQuizzesFolder_stillStopsTheStart(@TempDir Path root) throws Exception {
        Path extra = Files.createDirectories(root.resolve("extra"));
        Files.writeString(extra.resolve("broken.json"), "{");
        Settings settings = TestServer.settings(root).withQuizzesDir(extra);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuizServer.start(settings).close())
                .isInstanceOf(QuizFormatException.class).hasMessageContaining("broken.json");
        assertThat(extra.resolve("broken.json")).exists();
    }
}
