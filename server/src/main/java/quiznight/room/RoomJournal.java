package quiznight.room;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.game.Clock;
import quiznight.game.Game;
import quiznight.quiz.Kind;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.Submission;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * A room's side of its {@link Journal}: the records of the requests that changed its game, their flushing, and
 * replaying them. Every record reaches the journal's file within one coalescing interval (100 ms by default),
 * whatever the phase: the first record after a flush schedules the next flush, at most one interval after the
 * last one; a phase change flushes at once. A room with no journal keeps no timer. Lives on the room's loop.
 */
final class RoomJournal {
    private static final Logger log = LoggerFactory.getLogger(Room.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Journal journal;
    private final RoomLoop loop;
    private final Clock clock;
    private final long intervalMs;
    private RoomLoop.Cancellable flushTimer;
    private long lastFlush = Long.MIN_VALUE / 2;
    private boolean closed;

    RoomJournal(Journal journal, RoomLoop loop, Clock clock, long intervalMs) {
        this.journal = journal;
        this.loop = loop;
        this.clock = clock;
        this.intervalMs = intervalMs;
    }

    // ---- recording ----------------------------------------------------------------------------

    /** The first record: everything needed to rebuild the room from nothing; flushed at once. */
    void created(RoomOptions o) {
        ObjectNode r = record("created", o.createdAt());
        r.put("code", o.code());
        r.put("hostToken", o.hostToken());
        r.put("joinUrl", o.joinUrl());
        r.put("hideText", o.hideText());
        RoomTeams.write(r, o.play());
        if (o.autoAdvanceMs() > 0) {
            r.put("autoAdvanceMs", o.autoAdvanceMs());
        }
        if (o.realNames()) {
            r.put("realNames", true);
        }
        JournalQuiz.write(r, o.quiz(), o.questions(), journal);
        journal.append(r);
        flush();
    }

    /**
     * A join; {@code team}: the team the player was put in, -1 without teams (not recorded then); {@code realName}:
     * the real name given in a room that asks for them, else null (not recorded then).
     */
    void joined(long at, String id, String name, String token, int team, String realName) {
        ObjectNode r = record("joined", at).put("id", id).put("name", name).put("token", token);
        if (team >= 0) {
            r.put("team", team);
        }
        if (realName != null) {
            r.put("realName", realName);
        }
        append(r);
    }

    /** An accepted answer, with the kind of its question (so a replay can tell an answer of another kind). */
    void answer(long at, String id, int index, long latencyMs, Kind kind, Submission s) {
        if (journal == Journal.NONE) {
            return;
        }
        // The one record per answer: written straight to bytes, no tree (the same JSON as the others' trees give).
        ByteArrayBuilder out = new ByteArrayBuilder(160);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("t", "answer");
            g.writeNumberField("at", at);
            g.writeStringField("id", id);
            g.writeNumberField("index", index);
            g.writeNumberField("latency", latencyMs);
            g.writeStringField("kind", kind.wire());
            g.writeFieldName("answer");
            JSON.writeValue(g, kind.rules().answerToWire(s));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("an answer cannot be journaled", e);
        }
        journal.appendJson(out.toByteArray());
        scheduleFlush();
    }

    void kick(long at, String id) {
        append(record("kick", at).put("id", id));
    }

    void extraTime(long at, String id, double factor) {
        append(record("extraTime", at).put("id", id).put("factor", factor));
    }

    void lock(long at, boolean locked) {
        append(record("lock", at).put("locked", locked));
    }

    /** The host hid a word from the word cloud ({@code hidden} true) or showed it again. */
    void hideWord(long at, String word, boolean hidden) {
        append(record("hide-word", at).put("word", word).put("hidden", hidden));
    }

    /** The host paused the game, or went on. */
    void pause(long at, boolean paused) {
        append(record("pause", at).put("paused", paused));
    }

    /** A remote link minted for the room (its token, as the host token is kept in the created record). */
    void remoteLink(long at, String token) {
        append(record("remote", at).put("token", token));
        flush();
    }

    /** A remote link claimed by a phone, and the session token it was given. */
    void remoteClaimed(long at, String link, String session) {
        append(record("claim", at).put("link", link).put("session", session));
        flush();
    }

    /** A phase change: start, next, close or end (the caller flushes once it has acted on it). */
    void phase(String type, long at) {
        append(record(type, at));
    }

    private void append(ObjectNode r) {
        journal.append(r);
        scheduleFlush();
    }

    private void scheduleFlush() {
        if (flushTimer == null && !closed && journal != Journal.NONE) {
            long delay = Math.max(0, lastFlush + intervalMs - clock.millis());
            flushTimer = loop.schedule(this::flush, delay);
        }
    }

    private static ObjectNode record(String type, long at) {
        ObjectNode r = JSON.createObjectNode();
        r.put("t", type);
        r.put("at", at);
        return r;
    }

    // ---- flushing -----------------------------------------------------------------------------

    /** Everything recorded so far to the file now. */
    void flush() {
        cancelTimer();
        lastFlush = clock.millis();
        journal.flush();
    }

    /** Flushes and closes; the file stays (a restart restores the room from it). */
    void close() {
        closed = true;
        cancelTimer();
        journal.close();
    }

    /** Removes the file: the results are on disk. Safe from any thread (touches no room state). */
    void delete() {
        journal.delete();
    }

    private void cancelTimer() {
        if (flushTimer != null) {
            flushTimer.cancel();
            flushTimer = null;
        }
    }

    // ---- replaying ----------------------------------------------------------------------------

    /**
     * The options of the room a journal's first record created.
     *
     * @throws QuizFormatException when that record is not a readable {@code created}
     */
    static RoomOptions options(JsonNode c, Journal journal, QuizLoader loader) throws QuizFormatException {
        if (c == null || !"created".equals(c.path("t").asText()) || !JournalQuiz.present(c)) {
            throw new QuizFormatException("the journal does not start with a 'created' record");
        }
        Quiz quiz = JournalQuiz.read(c, journal, loader);
        return new RoomOptions(c.get("code").asText(), c.get("hostToken").asText(), c.get("joinUrl").asText(), quiz,
                quiz.questions(), c.path("hideText").asBoolean(), c.get("at").asLong(), RoomTeams.read(c),
                c.path("autoAdvanceMs").asLong(0), c.path("realNames").asBoolean(false));
    }

    /**
     * Applies the recorded requests again, at their recorded times, stopping at the first that cannot be applied
     * (a torn or corrupt tail). An answer recorded for a kind other than its question's is logged and skipped.
     * Every player comes back away.
     *
     * @return how many records were applied
     */
    static int replay(List<JsonNode> records, Game game, RoomPeers peers, String code) {
        int applied = 0;
        int number = 1; // the created record is the first
        for (JsonNode r : records) {
            number++;
            try {
                replay(r, game, peers);
                applied++;
            } catch (OtherKind e) {
                log.warn("journal answer skipped: it is not of its question's kind {} {} {}",
                        kv("room", code), kv("record", number), kv("problem", e.getMessage()));
            } catch (RuntimeException e) {
                log.warn("journal record cannot be applied; restored up to the record before {} {} {}",
                        kv("room", code), kv("record", number), kv("problem", e.getMessage()));
                break;
            }
        }
        for (RoomPeers.Member m : peers.members()) {
            game.setConnected(m.id, false);
        }
        return applied;
    }

    /** Applies one recorded request again, at its recorded time. Throws when the record cannot be applied. */
    private static void replay(JsonNode r, Game game, RoomPeers peers) {
        long at = r.get("at").asLong();
        switch (r.get("t").asText()) {
            case "joined" -> {
                String id = r.get("id").asText();
                game.joinRecorded(id, r.get("name").asText(), at, r.path("team").asInt(-1));
                peers.add(id, r.get("token").asText(), null).realName = r.hasNonNull("realName") ? r.get("realName").asText() : null;
            }
            case "start" -> game.start(at);
            case "next" -> game.next(at);
            case "close" -> game.close(at);
            case "end" -> game.end(at);
            case "lock" -> game.setLocked(r.get("locked").asBoolean());
            case "hide-word" -> game.hideWord(r.get("word").asText(), r.get("hidden").asBoolean());
            case "pause" -> {
                if (r.get("paused").asBoolean()) {
                    game.pause(at);
                } else {
                    game.resume(at);
                }
            }
            case "remote" -> peers.remotes().minted(r.get("token").asText());
            case "claim" -> peers.remotes().claimed(r.get("link").asText(), r.get("session").asText());
            case "extraTime" -> game.setTimeFactor(r.get("id").asText(), r.get("factor").asDouble());
            case "kick" -> {
                String id = r.get("id").asText();
                game.remove(id);
                if (peers.remove(id) == null) {
                    throw new IllegalArgumentException("kick of a player who never joined: " + id);
                }
            }
            case "answer" -> {
                int index = r.get("index").asInt();
                Kind kind = game.questions().get(index).kind();
                JsonNode recorded = r.get("kind");
                if (recorded != null && !kind.wire().equals(recorded.asText())) {
                    throw new OtherKind("recorded as " + recorded.asText() + ", question " + (index + 1) + " is "
                            + kind.wire());
                }
                game.answer(r.get("id").asText(), index, kind.rules().readJournaled(r.get("answer")), at,
                        r.get("latency").asLong());
            }
            default -> throw new IllegalArgumentException("unknown record type " + r.get("t"));
        }
    }

    /** An answer record whose kind is not its question's (a journal written for another quiz): skipped. */
    private static final class OtherKind extends RuntimeException {
        OtherKind(String message) {
            super(message, null, false, false);
        }
    }
}
