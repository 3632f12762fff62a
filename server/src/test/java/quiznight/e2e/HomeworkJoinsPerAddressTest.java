package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.testing.HomeworkHttp.JSON;
import static quiznight.testing.HomeworkHttp.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.HomeworkHttp;
import quiznight.testing.TestServer;

/**
 * One link holder cannot fill an assignment's places from one address: a real server with
 * {@code --joins-per-assignment-per-address 2}, students behind two school addresses (X-Forwarded-For through a
 * trusted proxy, as {@code ClassroomEndToEndTest} has them).
 */
class HomeworkJoinsPerAddressTest {
    private static final String[] SCHOOL = {"X-Forwarded-For", "203.0.113.10"};
    private static final String[] OTHER_SCHOOL = {"X-Forwarded-For", "198.51.100.7"};

    @TempDir
    Path dir;

    private static HttpResponse<String> join(int port, String id, String name, String[] from) throws Exception {
        return post(port, "/api/homework/" + id + "/students", "{\"name\":\"" + name + "\"}", from);
    }

    @Test
    void theJoinPastTheAddressesShareIs429WithItsCode_andChangesNothing_whileOtherAssignmentsAndAddressesStillJoin()
            throws Exception {
        try (QuizServer server = QuizServer.start(TestServer.settings(dir).with(b -> {
            b.trustedProxies = List.of("127.0.0.1");
            b.joinsPerAssignmentPerAddress = 2;
        }))) {
            int port = server.port();
            long deadline = System.currentTimeMillis() + 3_600_000;
            String id = HomeworkHttp.create(port, deadline);
            String other = HomeworkHttp.create(port, deadline);

            assertThat(join(port, id, "Ada", SCHOOL).statusCode()).isEqualTo(201);
            assertThat(join(port, id, "ADA", SCHOOL).statusCode()).as("a name taken").isEqualTo(409);
            assertThat(join(port, id, "Bob", SCHOOL).statusCode()).as("the refused join gave its place back").isEqualTo(201);

            HttpResponse<String> third = join(port, id, "Cy", SCHOOL);
            assertThat(third.statusCode()).isEqualTo(429);
            JsonNode refusal = JSON.readTree(third.body());
            assertThat(refusal.get("code").asText()).isEqualTo("capacity");
            assertThat(refusal.get("error").asText()).contains("at most 2 students from one network");

            assertThat(join(port, other, "Cy", SCHOOL).statusCode()).as("another assignment").isEqualTo(201);
            assertThat(join(port, id, "Cy", OTHER_SCHOOL).statusCode()).as("another address").isEqualTo(201);

            JsonNode progress = JSON.readTree(TestServer.get(port, "/api/homework/" + id + "/progress", TestServer.KEY).body());
            assertThat(progress.get("students").asInt()).as("Ada, Bob and the other school's Cy").isEqualTo(3);
        }
    }
}
