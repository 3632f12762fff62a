package quiznight.protocol;

import java.nio.charset.StandardCharsets;

/**
 * A server message serialized once: the same bytes go to every socket it is sent to.
 *
 * @param droppable a slow reader may miss it (lobby and progress updates), never a phase change
 */
public record Encoded(String type, byte[] bytes, boolean droppable) {
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
