package quiznight.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;

/** Base of end-to-end test classes that share one real server (test quizzes, port 0) for all their tests. */
public abstract class SharedServerTest {
    @TempDir
    protected static Path results;
    protected static QuizServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start(results);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
