package quiznight.game;

import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;

/** A request the rules refuse, with the contract's error code and a sentence for people. Nothing changed. */
public final class GameException extends ProtocolException {
    public GameException(ErrorCode code, String message) {
        super(code, message);
    }
}
