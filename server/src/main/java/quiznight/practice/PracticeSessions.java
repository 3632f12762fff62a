package quiznight.practice;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import quiznight.game.Clock;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;

/**
 * The practice runs going on, in memory and bounded: at most {@code maxTotal} in all and {@code maxPerAddress} per
 * client address. When either is reached, the longest idle run (of the server, or of the address) makes room for a
 * new one if it has been idle for a minute or more ({@link #BUSY_MS}); otherwise the new one is refused
 * ({@link PracticeException.Reason#TOO_MANY}) and nobody's run in use is lost. A run idle for {@code idleMs} is
 * forgotten. A run is found by its id, a random 128-bit string that only its learner knows. Thread-safe: HTTP
 * requests come from every event loop; nothing here does I/O, so each call holds the lock for a moment only.
 */
public final class PracticeSessions {
    public static final int DEFAULT_MAX_TOTAL = 10_000;
    public static final int DEFAULT_MAX_PER_ADDRESS = 50;
    public static final long DEFAULT_IDLE_MS = 2 * 60 * 60 * 1000L;
    /** A run idle this long makes room for a new one when its address, or the server, has as many as it may. */
    static final long BUSY_MS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a new run plays: the quiz, its sections or its question indexes (at most one of the two), timed or not. */
    public record Request(Quiz quiz, List<String> sections, List<Integer> questions, boolean timed) {
    }

    private final Clock clock;
    private final int maxTotal;
    private final int maxPerAddress;
    private final long idleMs;
    /** In order of last use, the longest idle first. */
    private final LinkedHashMap<String, PracticeRun> runs = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Integer> perAddress = new HashMap<>();

    public PracticeSessions(Clock clock) {
        this(clock, DEFAULT_MAX_TOTAL, DEFAULT_MAX_PER_ADDRESS, DEFAULT_IDLE_MS);
    }

    public PracticeSessions(Clock clock, int maxTotal, int maxPerAddress, long idleMs) {
        this.clock = clock;
        this.maxTotal = maxTotal;
        this.maxPerAddress = maxPerAddress;
        this.idleMs = idleMs;
    }

    /**
     * Starts a run for {@code address}: its first question goes out now. Refused, changing nothing, for a selection
     * that names no question or something the quiz does not have ({@link PracticeException.Reason#BAD}), or when the
     * address has {@code maxPerAddress} runs, or the server {@code maxTotal}, all used within the last minute.
     */
    public synchronized PracticeRun start(String address, Request request) {
        List<Integer> order = select(request);
        long now = clock.millis();
        expire(now);
        if (perAddress.getOrDefault(address, 0) >= maxPerAddress) {
            PracticeRun oldest = oldestOf(address);
            if (now - oldest.lastUsed() < BUSY_MS) {
                throw new PracticeException(PracticeException.Reason.TOO_MANY, "You have " + maxPerAddress
                        + " practice runs going from this address: finish one, or try again in a minute.");
            }
            remove(oldest);
        }
        if (runs.size() >= maxTotal) {
            PracticeRun longestIdle = runs.values().iterator().next();
            if (now - longestIdle.lastUsed() < BUSY_MS) {
                throw new PracticeException(PracticeException.Reason.TOO_MANY, "This server has as many practice runs"
                        + " going as it keeps, all in use: try again in a minute.");
            }
            remove(longestIdle);
        }
        PracticeRun run = new PracticeRun(newId(), address, request.quiz(), order, request.timed(), now);
        runs.put(run.id(), run);
        perAddress.merge(address, 1, Integer::sum);
        return run;
    }

    /**
     * Applies {@code work} to the run with this id, marked as used now, and returns what it returns; the run stays
     * locked meanwhile. {@link PracticeException.Reason#NOT_FOUND} when there is none (never was, or forgotten).
     */
    public synchronized <T> T with(String id, Function<PracticeRun, T> work) {
        long now = clock.millis();
        expire(now);
        PracticeRun run = runs.get(id);
        if (run == null) {
            throw new PracticeException(PracticeException.Reason.NOT_FOUND,
                    "There is no such practice run: it may have been idle too long. Start a new one.");
        }
        run.touch(now);
        return work.apply(run);
    }

    /** The server's time, as the runs measure it. */
    public long now() {
        return clock.millis();
    }

    public synchronized int size() {
        expire(clock.millis());
        return runs.size();
    }

    public synchronized int countFor(String address) {
        expire(clock.millis());
        return perAddress.getOrDefault(address, 0);
    }

    private void expire(long now) {
        Iterator<PracticeRun> it = runs.values().iterator();
        while (it.hasNext()) {
            PracticeRun run = it.next();
            if (now - run.lastUsed() < idleMs) {
                return;
            }
            it.remove();
            forget(run.address());
        }
    }

    private PracticeRun oldestOf(String address) {
        for (PracticeRun run : runs.values()) {
            if (run.address().equals(address)) {
                return run;
            }
        }
        throw new IllegalStateException("no run of a counted address");
    }

    private void remove(PracticeRun run) {
        runs.remove(run.id());
        forget(run.address());
    }

    private void forget(String address) {
        perAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    private static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The quiz indexes a request asks, in the quiz's order. */
    static List<Integer> select(Request r) {
        List<Question> questions = r.quiz().questions();
        boolean bySections = r.sections() != null && !r.sections().isEmpty();
        boolean byIndexes = r.questions() != null && !r.questions().isEmpty();
        if (bySections && byIndexes) {
            throw bad("Name either sections or questions to practise, not both.");
        }
        List<Integer> order = new ArrayList<>();
        if (byIndexes) {
            TreeSet<Integer> wanted = new TreeSet<>();
            for (Integer i : r.questions()) {
                if (i == null || i < 0 || i >= questions.size()) {
                    throw bad("This quiz has questions 0 to " + (questions.size() - 1) + ": there is no question " + i + ".");
                }
                if (!wanted.add(i)) {
                    throw bad("Question " + i + " is named twice.");
                }
            }
            order.addAll(wanted);
            return order;
        }
        Set<String> sections = bySections ? new HashSet<>(r.sections()) : Set.of();
        if (bySections) {
            Set<String> known = new HashSet<>();
            r.quiz().sections().forEach(s -> known.add(s.name()));
            for (String s : sections) {
                if (!known.contains(s)) {
                    throw bad("This quiz has no section '" + s + "'.");
                }
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            if (!bySections || sections.contains(questions.get(i).section())) {
                order.add(i);
            }
        }
        return order;
    }

    private static PracticeException bad(String sentence) {
        return new PracticeException(PracticeException.Reason.BAD, sentence);
    }
}
