package quiznight.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodecTest {
    final Codec codec = new Codec(() -> 1_700_000_000_123.456);
    final ObjectMapper json = new ObjectMapper();

    private ErrorCode refusal(String text) {
        try {
            codec.decode(text);
        } catch (ProtocolException e) {
            return e.code();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void decode_readsEveryClientMessage() {
        assertThat(codec.decode("{\"type\":\"create\"}")).isEqualTo(new ClientMessage.Create(null, ClientMessage.CreateOptions.NONE));
        assertThat(codec.decode("{\"type\":\"create\",\"quiz\":\"q\",\"options\":{\"questions\":3,\"shuffle\":true,\"timeLimitSec\":15,\"sections\":[\"A\"],\"hideText\":true}}"))
                .isEqualTo(new ClientMessage.Create("q", new ClientMessage.CreateOptions(3, true, 15, List.of("A"), true)));
        assertThat(codec.decode("{\"type\":\"create\",\"options\":{\"sections\":[\"A\"],\"unsectioned\":true}}"))
                .isEqualTo(new ClientMessage.Create(null, new ClientMessage.CreateOptions(null, false, null, List.of("A"), false, true)));
        assertThat(codec.decode("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Ada\"}")).isEqualTo(new ClientMessage.Join("123456", "Ada"));
        assertThat(codec.decode("{\"type\":\"resume\",\"code\":\"123456\",\"token\":\"t\"}")).isEqualTo(new ClientMessage.Resume("123456", "t"));
        assertThat(codec.decode("{\"type\":\"start\"}")).isInstanceOf(ClientMessage.Start.class);
        assertThat(codec.decode("{\"type\":\"next\"}")).isInstanceOf(ClientMessage.Next.class);
        assertThat(codec.decode("{\"type\":\"end\"}")).isInstanceOf(ClientMessage.End.class);
        assertThat(codec.decode("{\"type\":\"kick\",\"playerId\":\"p1\"}")).isEqualTo(new ClientMessage.Kick("p1"));
        assertThat(codec.decode("{\"type\":\"lock\",\"locked\":true}")).isEqualTo(new ClientMessage.Lock(true));
        assertThat(codec.decode("{\"type\":\"extraTime\",\"playerId\":\"p1\",\"factor\":1.5}"))
                .isEqualTo(new ClientMessage.ExtraTime("p1", 1.5));
        assertThat(codec.decode("{\"type\":\"extraTime\",\"playerId\":\"p1\",\"factor\":2}"))
                .isEqualTo(new ClientMessage.ExtraTime("p1", 2));
        assertThat(codec.decode("{\"type\":\"answer\",\"index\":2,\"choices\":[0,3]}"))
                .isEqualTo(new ClientMessage.Answer(2, null, List.of(0, 3), null, null));
        assertThat(codec.decode("{\"type\":\"answer\",\"index\":0,\"value\":2.5,\"extra\":1}"))
                .isEqualTo(new ClientMessage.Answer(0, null, null, null, 2.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "nope", "[]", "1", "\"s\"", "{\"type\":\"join\",\"type\":\"join\"}"})
    void decode_malformedOrNonObject_isBadJson(String text) {
        assertThat(refusal(text)).isEqualTo(ErrorCode.BAD_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}", "{\"type\":1}", "{\"type\":\"fly\"}", "{\"type\":\"join\",\"code\":\"1\"}",
            "{\"type\":\"join\",\"code\":1,\"name\":\"a\"}", "{\"type\":\"lock\",\"locked\":\"yes\"}",
            "{\"type\":\"answer\",\"choice\":1}", "{\"type\":\"answer\",\"index\":0}",
            "{\"type\":\"answer\",\"index\":0,\"choice\":1.5}", "{\"type\":\"answer\",\"index\":-1,\"choice\":1}",
            "{\"type\":\"answer\",\"index\":0,\"choices\":[\"a\"]}", "{\"type\":\"answer\",\"index\":0,\"value\":\"1\"}",
            "{\"type\":\"create\",\"options\":[]}", "{\"type\":\"create\",\"options\":{\"timeLimitSec\":1}}",
            "{\"type\":\"kick\"}", "{\"type\":\"extraTime\",\"playerId\":\"p1\"}",
            "{\"type\":\"extraTime\",\"playerId\":\"p1\",\"factor\":3}",
            "{\"type\":\"extraTime\",\"playerId\":\"p1\",\"factor\":\"2\"}",
            "{\"type\":\"extraTime\",\"factor\":2}"})
    void decode_wrongOrMissingField_isBadMessage(String text) {
        assertThat(refusal(text)).isEqualTo(ErrorCode.BAD_MESSAGE);
    }

    @Test
    void decode_deepNesting_isRefusedNotCrashing() {
        String deep = "{\"type\":\"join\",\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThatThrownBy(() -> codec.decode(deep)).isInstanceOf(ProtocolException.class);
    }

    @Test
    void encode_addsTypeAndSentAt_andLeavesOutNulls() throws Exception {
        JsonNode n = json.readTree(codec.encode(new ServerMessage.Joined("p1", "tok", "Ada")).bytes());
        assertThat(n.get("type").asText()).isEqualTo("joined");
        assertThat(n.get("sentAt").asDouble()).isEqualTo(1_700_000_000_123.456);
        assertThat(n.get("playerId").asText()).isEqualTo("p1");
        JsonNode lobby = json.readTree(codec.encode(new ServerMessage.Lobby("123456", 3, false, null)).bytes());
        assertThat(lobby.has("players")).isFalse();
        JsonNode kicked = json.readTree(codec.encode(new ServerMessage.Kicked()).bytes());
        assertThat(kicked.size()).isEqualTo(2);
    }

    @Test
    void encode_questionPictures_keepNullChoiceEntries_andLeaveOutWhatIsAbsent() throws Exception {
        String p = "/media/" + "a".repeat(64) + "-p.jpg";
        String m = "/media/" + "a".repeat(64) + "-m.jpg";
        JsonNode n = json.readTree(codec.encode(new ServerMessage.Question(0, 2, "single", "Which?", "select 1",
                List.of("a", "b"), 20_000, 1, 1, false, null, new ServerMessage.Image(p, m, "A red square"),
                java.util.Arrays.asList(null, new ServerMessage.ChoiceImage(p, m)), "sql")).bytes());
        assertThat(n.get("image").toString())
                .isEqualTo("{\"projector\":\"" + p + "\",\"phone\":\"" + m + "\",\"alt\":\"A red square\"}");
        assertThat(n.get("choiceImages").toString())
                .isEqualTo("[null,{\"projector\":\"" + p + "\",\"phone\":\"" + m + "\"}]");
        assertThat(n.get("codeLanguage").asText()).isEqualTo("sql");

        JsonNode plain = json.readTree(codec.encode(new ServerMessage.Question(0, 2, "single", "Which?", null,
                List.of("a", "b"), 20_000, 1, 1, false, null, null, null, null)).bytes());
        assertThat(plain.has("image") || plain.has("choiceImages") || plain.has("codeLanguage")).isFalse();
        JsonNode standings = json.readTree(codec.encode(new ServerMessage.Standings(0, List.of(), 0, List.of(p))).bytes());
        assertThat(standings.get("nextMedia").toString()).isEqualTo("[\"" + p + "\"]");
        JsonNode none = json.readTree(codec.encode(new ServerMessage.Standings(0, List.of(), 0, null)).bytes());
        assertThat(none.has("nextMedia")).isFalse();
    }

    @Test
    void withField_addsAFieldWithoutReserializing() throws Exception {
        Encoded base = codec.encode(new ServerMessage.Finished(List.of(), List.of(), 0));
        JsonNode n = json.readTree(codec.withField(base, "you", new ServerMessage.You(2, 900)).bytes());
        assertThat(n.get("type").asText()).isEqualTo("finished");
        assertThat(n.get("you").get("rank").asInt()).isEqualTo(2);
        assertThat(n.get("you").get("score").asInt()).isEqualTo(900);
    }

    @Test
    void encode_escapesText() throws Exception {
        String name = "<img src=x onerror=alert(1)> \"q\" \u2028";
        JsonNode n = json.readTree(codec.encode(new ServerMessage.Joined("p1", "t", name)).bytes());
        assertThat(n.get("name").asText()).isEqualTo(name);
    }

    @Test
    void formatMillis_keepsMicrosecondsAndDropsTrailingZeros() {
        assertThat(Codec.formatMillis(1000.0)).isEqualTo("1000");
        assertThat(Codec.formatMillis(1000.5)).isEqualTo("1000.5");
        assertThat(Codec.formatMillis(1000.0125)).isEqualTo("1000.013");
    }

    @Test
    void join_carriesRealNameOnlyWhenGiven_emptyIncluded_andRefusesANonStringOrAnOverlongOne() {
        assertThat(codec.decode("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Ada\"}"))
                .isEqualTo(new ClientMessage.Join("123456", "Ada", null, null));
        assertThat(codec.decode("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Ada\",\"realName\":\"\"}"))
                .isEqualTo(new ClientMessage.Join("123456", "Ada", null, ""));
        assertThat(codec.decode("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Ada\",\"realName\":\"Ada King\"}"))
                .isEqualTo(new ClientMessage.Join("123456", "Ada", null, "Ada King"));
        assertThatThrownBy(() -> codec.decode("{\"type\":\"join\",\"code\":\"1\",\"name\":\"A\",\"realName\":7}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.getMessage()).contains("realName"));
        assertThatThrownBy(() -> codec.decode("{\"type\":\"join\",\"code\":\"1\",\"name\":\"A\",\"realName\":\""
                + "x".repeat(401) + "\"}")).isInstanceOf(ProtocolException.class);
    }

    @Test
    void create_realNamesIsOffUnlessTrue_andMustBeABoolean() {
        assertThat(((ClientMessage.Create) codec.decode("{\"type\":\"create\",\"options\":{\"realNames\":true}}"))
                .options().realNames()).isTrue();
        assertThat(((ClientMessage.Create) codec.decode("{\"type\":\"create\",\"options\":{}}")).options().realNames())
                .isFalse();
        assertThatThrownBy(() -> codec.decode("{\"type\":\"create\",\"options\":{\"realNames\":\"yes\"}}"))
                .isInstanceOf(ProtocolException.class);
    }
}
