package quiznight.quiz;

import java.util.Arrays;
import java.util.Optional;

/** The five question kinds of the wire contract; {@link #wire()} is the name used on the wire and in quiz files. */
public enum Kind {
    SINGLE("single"),
    MULTI("multi"),
    TRUEFALSE("truefalse"),
    TEXT("text"),
    NUMBER("number");

    private final String wire;

    Kind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** True for the kinds answered by picking choices (single, multi, truefalse). */
    public boolean hasChoices() {
        return this == SINGLE || this == MULTI || this == TRUEFALSE;
    }

    public static Optional<Kind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(name)).findFirst();
    }
}
