package quiznight;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.quiz.QuizFormatException;

/** {@code java -jar quiznight.jar}: starts a server and prints where the host and the players go. */
@Command(name = "quiznight", mixinStandardHelpOptions = true, version = "QuizNight 0.1",
        description = "Self-hosted live quiz server: project the host screen, players join with their phones.",
        sortOptions = false)
public final class Main implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    @Option(names = "--port", defaultValue = "${env:PORT:-8080}", paramLabel = "N",
            description = "Port for HTTP and WebSocket (env PORT; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:BIND:-0.0.0.0}", paramLabel = "ADDR",
            description = "Address to listen on (env BIND; default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--public-url", defaultValue = "${env:PUBLIC_URL}", paramLabel = "URL",
            description = "Base URL players use, for the join link and QR code (env PUBLIC_URL; default: http://<LAN address>:<port>).")
    String publicUrl;

    @Option(names = "--quizzes", defaultValue = "${env:QUIZZES_DIR}", paramLabel = "DIR",
            description = "Extra folder of quiz files (*.json) (env QUIZZES_DIR; default: none).")
    Path quizzes;

    @Option(names = "--results-dir", defaultValue = "${env:RESULTS_DIR:-results}", paramLabel = "DIR",
            description = "Where finished games' results are written (env RESULTS_DIR; default ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--port must be from 0 to 65535 (got " + port + ")");
        }
        if (publicUrl != null && !publicUrl.matches("https?://[^\\s]+")) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--public-url must start with http:// or https:// (got " + publicUrl + ")");
        }
        Settings settings = Settings.defaults().withPort(port).withBind(bind).withPublicUrl(publicUrl)
                .withQuizzesDir(quizzes).withResultsDir(resultsDir);
        QuizServer server;
        try {
            server = QuizServer.start(settings);
        } catch (QuizFormatException e) {
            System.err.println("quiznight: cannot start: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping: telling clients and writing results");
            server.close();
            stopped.countDown();
        }, "quiznight-shutdown"));
        String local = "http://localhost:" + server.port();
        System.out.println();
        System.out.println("  QuizNight is running (" + server.transport() + ").");
        System.out.println("  Host screen (open it and project it):  " + local + "/");
        System.out.println("  Players join at:                        " + server.publicUrl() + "/play");
        System.out.println("  Results are written to:                 " + settings.resultsDir().toAbsolutePath());
        System.out.println("  Stop with Ctrl+C.");
        System.out.println();
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
