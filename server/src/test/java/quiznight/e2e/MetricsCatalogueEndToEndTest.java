package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** docs/metrics.md and a scrape after a played game name the same QuizNight meters, with the same types. */
class MetricsCatalogueEndToEndTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| ([a-z]+) \\|", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("^# TYPE ([a-z_]+) ([a-z]+)$", Pattern.MULTILINE);

    @Test
    void catalogue_matchesAScrapeAfterAPlayedGame(@TempDir Path results) throws Exception {
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("..", "docs", "metrics.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        try (QuizServer server = TestServer.start(results)) {
            try (WsClient host = WsClient.connect(server.port()); WsClient ada = WsClient.connect(server.port());
                 WsClient stranger = WsClient.connect(server.port())) {
                host.send("type", "create", "quiz", "mixed");
                String code = host.take("created").get("code").asText();
                ada.send("type", "join", "code", code, "name", "Ada");
                String token = ada.take("joined").get("token").asText();
                stranger.send("type", "join", "code", "000000", "name", "X");
                stranger.takeError();
                stranger.send("{oops");
                stranger.takeError();
                host.send("type", "start");
                ada.take("question");
                ada.send("type", "answer", "index", 0, "choice", 1);
                ada.take("result");
                try (WsClient again = WsClient.connect(server.port())) {
                    again.send("type", "resume", "code", code, "token", token);
                    again.take("resumed");
                    host.send("type", "end");
                    again.take("finished");
                }
            }
            String scrape = TestServer.get(server.port(), "/metrics").body();
            // Answers judged at the reveal are counted by result (Ada's answer to question 0 was right).
            assertThat(scrape).containsPattern("quiznight_answers_total\\{result=\"correct\"} [1-9]");
            Map<String, String> scraped = new TreeMap<>();
            Matcher type = TYPE.matcher(scrape);
            while (type.find()) {
                scraped.put(type.group(1), type.group(2));
            }
            Map<String, String> ours = new TreeMap<>(scraped);
            ours.keySet().removeIf(n -> !n.startsWith("quiznight_"));
            Map<String, String> documentedOurs = new TreeMap<>(documented);
            documentedOurs.keySet().removeIf(n -> !n.startsWith("quiznight_"));
            assertThat(ours).isEqualTo(documentedOurs);
            // GC pause timings appear once the JVM has paused for a collection.
            documented.keySet().removeIf(n -> n.startsWith("jvm_gc_pause"));
            documented.forEach((name, t) -> assertThat(scraped).as("documented meter %s", name).containsEntry(name, t));
        }
    }
}
