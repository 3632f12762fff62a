package quiznight.protocol;

/** A frame that cannot be honoured: answered with an {@code error} frame, and nothing changes. */
public class ProtocolException extends RuntimeException {
    private final ErrorCode code;

    public ProtocolException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
