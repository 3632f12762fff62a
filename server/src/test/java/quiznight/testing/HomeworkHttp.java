package quiznight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A student's and an organiser's homework requests over HTTP, as the pages send them (docs/homework.md). */
public final class HomeworkHttp {
    public static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** mixed.json's right answers, as the answer body takes them. */
    public static final List<String> RIGHT = List.of("{\"choice\":1}", "{\"choices\":[0,2]}", "{\"choice\":0}",
            "{\"text\":\"migrate\"}", "{\"value\":8}");

    private HomeworkHttp() {
    }

    public static HttpRequest postRequest(int port, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b.build();
    }

    public static HttpResponse<String> post(int port, String path, String body, String... headers) throws Exception {
        return HTTP.send(postRequest(port, path, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    /** An assignment of mixed.json, "Week 1", by the test organiser; its id. */
    public static String create(int port, long deadline) throws Exception {
        HttpResponse<String> r = post(port, "/api/homework", "{\"quiz\":\"mixed\",\"title\":\"Week 1\",\"deadline\":"
                + deadline + "}", TestServer.KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asText();
    }

    /** A student joins; their token. */
    public static String join(int port, String id, String name) throws Exception {
        HttpResponse<String> r = post(port, "/api/homework/" + id + "/students", "{\"name\":\"" + name + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("token").asText();
    }

    /** The student's question step (200), checked to carry no answer. */
    public static JsonNode question(int port, String id, String token) throws Exception {
        HttpResponse<String> r = TestServer.get(port, "/api/homework/" + id + "/question", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).as("a question never carries its answer").doesNotContain("\"correct\"")
                .doesNotContain("explanation");
        return JSON.readTree(r.body());
    }

    /** The answer request: {@code fields} is the answer's JSON object, e.g. {@code {"choice":1}}. */
    public static HttpRequest answerRequest(int port, String id, String token, int index, String fields) {
        return postRequest(port, "/api/homework/" + id + "/answer", "{\"index\":" + index + "," + fields.substring(1),
                "Authorization", "Bearer " + token);
    }

    public static HttpResponse<String> answer(int port, String id, String token, int index, String fields) throws Exception {
        return HTTP.send(answerRequest(port, id, token, index, fields), HttpResponse.BodyHandlers.ofString());
    }
}
