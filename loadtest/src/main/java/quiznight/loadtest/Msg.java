package quiznight.loadtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The fields of a server message the bots use, read with Jackson's streaming parser (no tree, no binding):
 * a bot parses every frame it receives, and 10,000 of them per broadcast share two cores with the server.
 * Unknown fields are skipped, as the contract requires.
 */
final class Msg {
    private static final JsonFactory JSON = new JsonFactory();

    String type;
    double sentAt = Double.NaN;
    int index = -1;
    int total = -1;
    String kind;
    String text;
    int choices = -1;
    /** A question's choices as shown (an order question's items, shuffled); null when not strings. */
    java.util.List<String> choiceTexts;
    /** A slider question's range ({@code input}); NaN when absent. */
    double inputMin = Double.NaN;
    double inputMax = Double.NaN;
    double inputStep = Double.NaN;
    /** The room code ({@code created}, {@code lobby}) or the error code ({@code error}). */
    String code;
    String message;
    String hostToken;
    String playerId;
    /** {@code result}: whether this player's answer was right. */
    Boolean correct;
    /** {@code created}: how many questions the room plays. */
    int quizQuestions = -1;
    /** {@code joined}: the player's resume token. */
    String token;
    /** {@code result}, {@code resumed}: the player's score (-1: absent). */
    int score = -1;
    /** {@code result}: the player's streak (-1: absent). */
    int streak = -1;
    /** {@code resumed}: whether the open question is already answered (null: absent or not a boolean). */
    Boolean answered;
    /** {@code resumed}: the phase. */
    String state;
    /** Any message: the projector paths of the next question's pictures, announced early (null: absent). */
    java.util.List<String> nextMedia;
    /** {@code question}: its picture's phone path, {@code image.phone} (null: no picture). */
    String imagePhone;

    static Msg parse(byte[] bytes, int offset, int length) throws IOException {
        Msg m = fields(bytes, offset, length);
        if (m.type == null) {
            throw new IOException("a server frame without 'type'");
        }
        return m;
    }

    /** The same fields of an HTTP body that carries no {@code type}: a homework question ({@code GET …/question}). */
    static Msg parseBody(byte[] bytes) throws IOException {
        return fields(bytes, 0, bytes.length);
    }

    private static Msg fields(byte[] bytes, int offset, int length) throws IOException {
        Msg m = new Msg();
        try (JsonParser p = JSON.createParser(bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a server frame must hold one JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                switch (f) {
                    case "type" -> m.type = p.getText();
                    case "sentAt" -> m.sentAt = p.getDoubleValue();
                    case "index" -> m.index = p.getIntValue();
                    case "total" -> m.total = p.getIntValue();
                    case "kind" -> m.kind = p.getText();
                    case "text" -> m.text = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "code" -> m.code = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "message" -> m.message = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "hostToken" -> m.hostToken = p.getText();
                    case "playerId" -> m.playerId = p.getText();
                    case "token" -> m.token = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "state" -> m.state = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "score" -> {
                        if (t == JsonToken.VALUE_NUMBER_INT) {
                            m.score = p.getIntValue();
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "streak" -> {
                        if (t == JsonToken.VALUE_NUMBER_INT) {
                            m.streak = p.getIntValue();
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "answered" -> {
                        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                            m.answered = t == JsonToken.VALUE_TRUE;
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "choices" -> {
                        if (t == JsonToken.START_ARRAY) {
                            java.util.List<String> texts = new java.util.ArrayList<>(6);
                            int n = 0;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                n++;
                                if (p.currentToken() == JsonToken.VALUE_STRING) {
                                    texts.add(p.getText());
                                } else {
                                    p.skipChildren();
                                }
                            }
                            m.choices = n;
                            m.choiceTexts = texts.size() == n ? texts : null;
                        }
                    }
                    case "input" -> {
                        if (t == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String g = p.currentName();
                                JsonToken v = p.nextToken();
                                boolean num = v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT;
                                switch (g) {
                                    case "min" -> m.inputMin = num ? p.getDoubleValue() : Double.NaN;
                                    case "max" -> m.inputMax = num ? p.getDoubleValue() : Double.NaN;
                                    case "step" -> m.inputStep = num ? p.getDoubleValue() : Double.NaN;
                                    default -> p.skipChildren();
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "correct" -> {
                        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                            m.correct = t == JsonToken.VALUE_TRUE;
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "nextMedia" -> m.nextMedia = strings(p, t);
                    case "image" -> m.imagePhone = field(p, t, "phone");
                    case "quiz" -> {
                        if (t == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String g = p.currentName();
                                p.nextToken();
                                if (g.equals("questions")) {
                                    m.quizQuestions = p.getIntValue();
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        return m;
    }

    /** An array's strings (other elements skipped); null when the value is not an array. */
    private static java.util.List<String> strings(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>(2);
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            if (e == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    /** One string field of an object (others skipped); null when absent or the value is not an object. */
    private static String field(JsonParser p, JsonToken t, String name) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String out = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String g = p.currentName();
            JsonToken v = p.nextToken();
            if (g.equals(name) && v == JsonToken.VALUE_STRING) {
                out = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return out;
    }
}
