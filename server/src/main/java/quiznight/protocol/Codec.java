package quiznight.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The one codec of the wire contract: text frames to typed {@link ClientMessage}s (every field checked, a
 * clear {@link ProtocolException} otherwise), and {@link ServerMessage}s to bytes with the envelope fields
 * {@code type} and {@code sentAt}. Thread-safe.
 */
public final class Codec {
    private static final int MAX_LIST = 64;
    /** Words of one word-cloud answer at most (the kind says how many it takes; more is refused here). */
    private static final int MAX_WORDS = 3;
    /** The most teams a room may have: one per team style of the server's palette ({@code game.TeamPalette}). */
    public static final int MAX_TEAMS = 20;

    private final ObjectMapper mapper;
    private final DoubleSupplier now;

    /** @param now the server's epoch time in (fractional) milliseconds, stamped as {@code sentAt} */
    public Codec(DoubleSupplier now) {
        this.now = now;
        this.mapper = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(8)
                .maxStringLength(8 * 1024)
                .maxNumberLength(40)
                .maxNameLength(256)
                .maxDocumentLength(64 * 1024L)
                .maxTokenCount(1024)
                .build());
    }

    // ---- decoding ------------------------------------------------------------------------------

    public ClientMessage decode(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProtocolException(ErrorCode.BAD_JSON, "The frame is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new ProtocolException(ErrorCode.BAD_JSON, "The frame must hold one JSON object.");
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) {
            throw bad("Every message needs a string field 'type'.");
        }
        return switch (type.asText()) {
            case "create" -> new ClientMessage.Create(optionalString(root, "quiz", 64), options(root.get("options")));
            case "join" -> new ClientMessage.Join(string(root, "code", 16), string(root, "name", 200),
                    root.has("team") && !root.get("team").isNull() ? integer(root, "team", 0, 1000) : null,
                    optionalString(root, "realName", 400));
            case "resume" -> new ClientMessage.Resume(string(root, "code", 16), string(root, "token", 128));
            case "start" -> new ClientMessage.Start();
            case "next" -> new ClientMessage.Next();
            case "end" -> new ClientMessage.End();
            case "kick" -> new ClientMessage.Kick(string(root, "playerId", 64));
            case "lock" -> new ClientMessage.Lock(bool(root, "locked"));
            case "hide-word" -> new ClientMessage.HideWord(string(root, "word", 100),
                    !root.has("hidden") || bool(root, "hidden"));
            case "pause" -> new ClientMessage.Pause(bool(root, "paused"));
            case "remote" -> new ClientMessage.RemoteLink();
            case "extraTime" -> new ClientMessage.ExtraTime(string(root, "playerId", 64), factor(root));
            case "answer" -> answer(root);
            default -> throw bad("Unknown message type '" + abbreviate(type.asText()) + "'.");
        };
    }

    private static double factor(JsonNode root) {
        JsonNode v = root.get("factor");
        if (v == null || !v.isNumber() || !(v.asDouble() == 1 || v.asDouble() == 1.5 || v.asDouble() == 2)) {
            throw bad("Field 'factor' must be 1, 1.5 or 2.");
        }
        return v.asDouble();
    }

    private ClientMessage.Answer answer(JsonNode root) {
        int index = integer(root, "index", 0, 10_000);
        Integer choice = root.has("choice") ? integer(root, "choice", 0, 1000) : null;
        List<Integer> choices = null;
        if (root.has("choices")) {
            JsonNode arr = root.get("choices");
            if (!arr.isArray() || arr.size() > MAX_LIST) {
                throw bad("Field 'choices' must be a list of choice numbers.");
            }
            choices = new ArrayList<>();
            for (JsonNode n : arr) {
                if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
                    throw bad("Field 'choices' must be a list of choice numbers.");
                }
                choices.add(n.asInt());
            }
        }
        String text = root.has("text") ? string(root, "text", 1000) : null;
        Double value = null;
        if (root.has("value")) {
            JsonNode v = root.get("value");
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw bad("Field 'value' must be a number.");
            }
            value = v.asDouble();
        }
        List<String> words = null;
        if (root.has("words")) {
            JsonNode arr = root.get("words");
            if (!arr.isArray() || arr.size() > MAX_WORDS) {
                throw bad("Field 'words' must be a list of at most " + MAX_WORDS + " words.");
            }
            words = new ArrayList<>();
            for (JsonNode n : arr) {
                if (!n.isTextual()) {
                    throw bad("Field 'words' must be a list of words (strings).");
                }
                words.add(n.asText());
            }
        }
        if (choice == null && choices == null && text == null && value == null && words == null) {
            throw bad("An answer needs one of 'choice', 'choices', 'text', 'value' or 'words'.");
        }
        return new ClientMessage.Answer(index, choice, choices, text, value, words);
    }

    private ClientMessage.CreateOptions options(JsonNode o) {
        if (o == null || o.isNull()) {
            return ClientMessage.CreateOptions.NONE;
        }
        if (!o.isObject()) {
            throw bad("Field 'options' must be an object.");
        }
        Integer questions = o.has("questions") && !o.get("questions").isNull() ? integer(o, "questions", 1, 1000) : null;
        Integer limit = o.has("timeLimitSec") && !o.get("timeLimitSec").isNull() ? integer(o, "timeLimitSec", 5, 600) : null;
        boolean shuffle = o.has("shuffle") && bool(o, "shuffle");
        boolean hideText = o.has("hideText") && bool(o, "hideText");
        boolean unsectioned = o.has("unsectioned") && bool(o, "unsectioned");
        boolean realNames = o.has("realNames") && bool(o, "realNames");
        Integer auto = o.has("autoAdvanceSec") && !o.get("autoAdvanceSec").isNull()
                ? integer(o, "autoAdvanceSec", 3, 300) : null;
        List<String> sections = null;
        JsonNode s = o.get("sections");
        if (s != null && !s.isNull()) {
            if (!s.isArray() || s.size() > MAX_LIST) {
                throw bad("Option 'sections' must be a list of section names.");
            }
            sections = new ArrayList<>();
            for (JsonNode n : s) {
                if (!n.isTextual()) {
                    throw bad("Option 'sections' must be a list of section names.");
                }
                sections.add(n.asText());
            }
        }
        return new ClientMessage.CreateOptions(questions, shuffle, limit, sections, hideText, unsectioned, play(o), auto,
                realNames);
    }

    /** Team mode, team talk and the scoring bonuses of {@code create}'s options. */
    private static ClientMessage.Play play(JsonNode o) {
        String mode = null;
        int count = 0;
        JsonNode t = o.get("teams");
        if (t != null && !t.isNull()) {
            if (!t.isObject()) {
                throw bad("Option 'teams' must be an object: {\"mode\": \"auto\" or \"pick\", \"count\": 2 to " + MAX_TEAMS + "}.");
            }
            mode = optionalString(t, "mode", 8);
            if (!"auto".equals(mode) && !"pick".equals(mode)) {
                throw bad("Option 'teams.mode' must be \"auto\" (the server balances the teams) or \"pick\" (players pick).");
            }
            count = integer(t, "count", 2, MAX_TEAMS);
        }
        int talk = o.has("teamTalkSec") && !o.get("teamTalkSec").isNull() ? integer(o, "teamTalkSec", 0, 30) : 0;
        if (talk > 0 && mode == null) {
            throw bad("Option 'teamTalkSec' needs teams: team talk is time for each team to agree on an answer.");
        }
        boolean speed = !o.has("speedBonus") || bool(o, "speedBonus");
        boolean streak = !o.has("streakBonus") || bool(o, "streakBonus");
        return new ClientMessage.Play(mode, count, talk, speed, streak);
    }

    private static String string(JsonNode node, String field, int max) {
        String s = optionalString(node, field, max);
        if (s == null) {
            throw bad("Field '" + field + "' is required.");
        }
        return s;
    }

    private static String optionalString(JsonNode node, String field, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw bad("Field '" + field + "' must be a string.");
        }
        if (v.asText().length() > max) {
            throw bad("Field '" + field + "' is too long (at most " + max + " characters).");
        }
        return v.asText();
    }

    private static int integer(JsonNode node, String field, int min, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw bad("Field '" + field + "' is required.");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw bad("Field '" + field + "' must be a whole number from " + min + " to " + max + ".");
        }
        return v.asInt();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw bad("Field '" + field + "' must be true or false.");
        }
        return v.asBoolean();
    }

    private static ProtocolException bad(String message) {
        return new ProtocolException(ErrorCode.BAD_MESSAGE, message);
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 32 ? printable.substring(0, 32) + "…" : printable;
    }

    // ---- encoding ------------------------------------------------------------------------------

    /** Serializes a message once, stamping {@code sentAt} now. */
    public Encoded encode(ServerMessage message) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + message.type(), e);
        }
        byte[] head = ("{\"type\":\"" + message.type() + "\",\"sentAt\":" + sentAtNow())
                .getBytes(StandardCharsets.US_ASCII);
        // body is "{...}": drop its '{', keep a ',' when it has fields.
        boolean empty = body.length == 2;
        byte[] out = new byte[head.length + (empty ? 1 : body.length)];
        System.arraycopy(head, 0, out, 0, head.length);
        if (empty) {
            out[head.length] = '}';
        } else {
            out[head.length] = ',';
            System.arraycopy(body, 1, out, head.length + 1, body.length - 1);
        }
        return new Encoded(message.type(), out, message.droppable());
    }

    /** The same message with one more top-level field, without serializing the rest again. */
    public Encoded withField(Encoded base, String name, Object value) {
        byte[] field;
        try {
            field = (",\"" + name + "\":" + mapper.writeValueAsString(value) + "}").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize field " + name, e);
        }
        byte[] b = base.bytes();
        byte[] out = new byte[b.length - 1 + field.length];
        System.arraycopy(b, 0, out, 0, b.length - 1);
        System.arraycopy(field, 0, out, b.length - 1, field.length);
        return new Encoded(base.type(), out, base.droppable());
    }

    /** {@code sentAt}'s value for a message serialized now, as {@link #encode} writes it. */
    String sentAtNow() {
        return formatMillis(now.getAsDouble());
    }

    static String formatMillis(double ms) {
        long micros = Math.round(ms * 1000);
        long whole = micros / 1000;
        int frac = (int) (micros % 1000);
        if (frac == 0) {
            return Long.toString(whole);
        }
        String f = Integer.toString(1000 + frac).substring(1);
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + f.substring(0, end);
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
