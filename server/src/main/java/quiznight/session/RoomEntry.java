package quiznight.session;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.organisers.GameHistory;
import quiznight.organisers.Organisers;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.room.Room;
import quiznight.room.RoomRef;

/**
 * How a new connection enters a room: {@code create}, {@code join} or {@code resume}, the requests of a connection
 * not yet bound to one. Checks what may be refused at once (the organiser, the address's quotas, the budget of
 * unknown codes), then hands the request to the room (here, or in cluster mode wherever it is held) and holds the
 * session's next request until the room has answered ({@link SessionHandler#requestStarted} and
 * {@link SessionHandler#requestAnswered}). Once bound, {@link SessionHandler} dispatches the host's and the
 * player's messages itself. On the connection's event loop, one per connection.
 */
final class RoomEntry {
    private static final Logger log = LoggerFactory.getLogger(RoomEntry.class);

    private final SessionHandler session;
    private final SessionConfig config;
    /** Joins and resumes of this connection to codes that do not exist (see {@link CodeGuard}). */
    private int wrongCodes;

    RoomEntry(SessionHandler session, SessionConfig config) {
        this.session = session;
        this.config = config;
    }

    /** A request of a connection in no room yet; a refusal of the request itself is thrown before it is pending. */
    void request(ClientMessage message, String raw, long receivedAt) {
        if (message instanceof ClientMessage.Create create) {
            create(create, receivedAt);
        } else if (message instanceof ClientMessage.Join join) {
            locate(join.code(), receivedAt, true, room -> room.join(session, join, raw, receivedAt, session::requestAnswered));
        } else if (message instanceof ClientMessage.Resume resume) {
            locate(resume.code(), receivedAt, false,
                    room -> room.resume(session, resume.token(), receivedAt, session::requestAnswered));
        } else if (message instanceof ClientMessage.Answer) {
            throw new ProtocolException(ErrorCode.WRONG_PHASE, "Join a room before answering.");
        } else {
            throw new ProtocolException(ErrorCode.NOT_HOST, "Only the host of a room can do that: create a room first.");
        }
    }

    private void create(ClientMessage.Create create, long receivedAt) {
        // A refusal of the request itself (unknown quiz, bad options, capacity) is thrown here, before pending.
        UpgradeRequest upgrade = session.upgrade();
        Organisers.Who who = config.organisers().identify(upgrade.cookie(), upgrade.keyHeader(), upgrade.keyParam(),
                config.clock().millis());
        if (!who.mayHost()) {
            throw new ProtocolException(ErrorCode.NOT_ORGANISER, who.refusal("Creating a room"));
        }
        if (!config.organisers().mayUse(who, create.quiz())) {
            // Another organiser's private quiz: answered as an unknown one, so ids tell nothing.
            throw new ProtocolException(ErrorCode.QUIZ_NOT_FOUND, "This server has no quiz with that id.");
        }
        String address = session.clientAddress();
        config.quotas().admitCreate(address, receivedAt);
        CompletionStage<Room> created;
        try {
            created = config.registry().createAsync(create);
        } catch (RuntimeException e) {
            config.quotas().failed(address, receivedAt);
            throw e;
        }
        created.whenComplete((room, failure) -> {
            if (failure != null) {
                config.quotas().failed(address, receivedAt);
            }
        });
        session.requestStarted();
        answered(created, room -> {
            config.quotas().created(address, room.code());
            if (who.name() != null) {
                config.history().add(new GameHistory.Game(who.name(), room.code(), create.quiz(), null, config.clock().millis()));
            }
            config.codes().remember(address, room.code(), receivedAt);
            room.execute(() -> {
                try {
                    room.openForHost(session);
                } finally {
                    session.requestAnswered();
                }
            });
        });
    }

    /**
     * Finds the room with that code (here, or in cluster mode wherever it is held) and hands it the request.
     * Guessing is refused (see {@link CodeGuard}): past its address's budget a code new to the address is refused
     * without being looked up; on this connection wrong codes are answered slower and slower, and after
     * {@link CodeGuard#MAX_PER_CONNECTION} the connection is closed. A join also counts against the address's share
     * of the room ({@link AddressQuotas}).
     */
    private void locate(String code, long now, boolean join, Consumer<RoomRef> request) {
        String address = session.clientAddress();
        if (config.codes().connectionSpent(wrongCodes)) {
            config.metrics().joinFailed(ErrorCode.RATE_LIMITED.wire());
            log.warn("connection closed: too many wrong room codes {}", kv("client", address));
            session.sendError(ErrorCode.RATE_LIMITED, "Too many wrong room codes: check the code on the host's screen.");
            session.close(WebSocketCloseStatus.POLICY_VIOLATION.code(), "too many wrong room codes");
            return;
        }
        CodeGuard.Pass pass = config.codes().admit(address, code, now);
        if (pass == CodeGuard.Pass.REFUSED) {
            config.metrics().joinFailed(ErrorCode.RATE_LIMITED.wire());
            log.warn("join refused: too many unknown room codes {}", kv("client", address));
            throw new ProtocolException(ErrorCode.RATE_LIMITED, "Too many wrong room codes from your network: check the "
                    + "code on the host's screen and try again in a few minutes.");
        }
        session.requestStarted();
        answered(config.registry().locate(code), found -> {
            if (found.isPresent()) {
                config.codes().found(address, code, pass, now);
                if (join) {
                    config.quotas().admitJoin(address, code, now);
                }
                request.accept(found.get());
                return;
            }
            long delay = config.codes().delayMs(++wrongCodes);
            Runnable refuse = () -> {
                session.requestDone();
                config.metrics().joinFailed(ErrorCode.ROOM_NOT_FOUND.wire());
                session.sendError(ErrorCode.ROOM_NOT_FOUND, "No room has that code. Check the code on the host's screen.");
            };
            if (delay == 0) {
                refuse.run();
            } else {
                session.eventLoop().schedule(refuse, delay, TimeUnit.MILLISECONDS);
            }
        });
    }

    /**
     * Continues with {@code then} on this connection's event loop once {@code stage} completes; a refusal
     * ({@link ProtocolException}) or a failure is answered with an error and frees the connection for its next
     * request.
     */
    private <T> void answered(CompletionStage<T> stage, Consumer<T> then) {
        stage.whenComplete((value, failure) -> session.onEventLoop(() -> {
            if (failure == null) {
                try {
                    then.accept(value);
                } catch (ProtocolException e) {
                    session.requestDone();
                    session.sendError(e.code(), e.getMessage());
                }
                return;
            }
            session.requestDone();
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ProtocolException e) {
                session.sendError(e.code(), e.getMessage());
            } else {
                log.warn("request failed: {}", cause.toString());
                session.sendError(ErrorCode.UNAVAILABLE, "The server could not reach the rest of its cluster just now; try again.");
            }
        }));
    }
}
