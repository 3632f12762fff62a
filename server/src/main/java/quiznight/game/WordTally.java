package quiznight.game;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Pattern;
import quiznight.protocol.ErrorCode;

/**
 * The word cloud of one question (issue 16's {@code wordcloud} kind), pure and confined to the room's loop: each
 * player sends 1 to {@link #MAX_WORDS_PER_PLAYER} short words; a word is counted in one normal form (NFKC, case
 * folded, spaces collapsed), so "Django", "django " and "ＤＪＡＮＧＯ" are one word; the nickname blocklist
 * applies; a player's repeats count once. The host may hide a word (the projector drops it at once; its count is
 * kept so showing it again is exact). {@link #top} gives the N most sent words for the projector's cloud, costing
 * O(distinct words × log N), so a coalesced update a few times a second stays cheap with thousands of players.
 */
public final class WordTally {
    public static final int MAX_WORDS_PER_PLAYER = 3;
    /** Code points of one word after normalising. */
    public static final int MAX_LENGTH = 25;

    /** One word of the cloud and how many players sent it. */
    public record Entry(String word, int count) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Comparator<Entry> BEST_FIRST = Comparator.comparingInt(Entry::count).reversed()
            .thenComparing(Entry::word);

    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private int total;

    /**
     * A player's words as the cloud counts them, repeats merged, in the order sent.
     *
     * @throws GameException bad-message with a sentence: no words, too many, one empty, too long, with control or
     *                       invisible characters, or blocked
     */
    public static List<String> normaliseAll(List<String> raw, NameFilter filter) {
        if (raw == null || raw.isEmpty()) {
            throw bad("Send at least one word.");
        }
        if (raw.size() > MAX_WORDS_PER_PLAYER) {
            throw bad("Send at most " + MAX_WORDS_PER_PLAYER + " words.");
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : raw) {
            words.add(normalise(w, filter));
        }
        return List.copyOf(words);
    }

    /** One word as the cloud counts it; refused as {@link #normaliseAll} says. */
    public static String normalise(String raw, NameFilter filter) {
        if (raw == null) {
            throw bad("A word cannot be empty.");
        }
        String w = SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            throw bad("A word cannot be empty.");
        }
        if (w.codePointCount(0, w.length()) > MAX_LENGTH) {
            throw bad("A word has at most " + MAX_LENGTH + " characters.");
        }
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                throw bad("A word cannot contain control or invisible characters.");
            }
            i += Character.charCount(cp);
        }
        if (filter.blocks(w)) {
            throw bad("That word is not allowed here: please send another.");
        }
        return w;
    }

    /** Counts one player's (normalised) words. */
    public void add(List<String> words) {
        for (String w : words) {
            counts.merge(w, 1, Integer::sum);
            total++;
        }
    }

    /** Takes one player's words back out (the player was removed). */
    public void remove(List<String> words) {
        for (String w : words) {
            Integer c = counts.get(w);
            if (c != null) {
                total--;
                if (c == 1) {
                    counts.remove(w);
                } else {
                    counts.put(w, c - 1);
                }
            }
        }
    }

    /** The host hides a word from the cloud; true when it was shown before. */
    public boolean hide(String word) {
        return hidden.add(word);
    }

    /** The host shows a hidden word again; true when it was hidden. */
    public boolean show(String word) {
        return hidden.remove(word);
    }

    public Set<String> hidden() {
        return Set.copyOf(hidden);
    }

    /** How many times {@code word} was sent (hidden or not). */
    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    /** Words counted, repeats across players included. */
    public int total() {
        return total;
    }

    public int distinct() {
        return counts.size();
    }

    /** The {@code n} most sent words that are not hidden, most first, ties in alphabetical order. */
    public List<Entry> top(int n) {
        if (n <= 0) {
            return List.of();
        }
        PriorityQueue<Entry> worst = new PriorityQueue<>(n + 1, BEST_FIRST.reversed());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (hidden.contains(e.getKey())) {
                continue;
            }
            worst.add(new Entry(e.getKey(), e.getValue()));
            if (worst.size() > n) {
                worst.poll();
            }
        }
        List<Entry> out = new ArrayList<>(worst);
        out.sort(BEST_FIRST);
        return out;
    }

    private static GameException bad(String sentence) {
        return new GameException(ErrorCode.BAD_MESSAGE, sentence);
    }
}
