package quiznight.loadtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One bot's pictures, as a phone handles them: when a message announces the next question's pictures
 * ({@code nextMedia}, projector paths) it downloads each one's phone size ({@code -m.} for {@code -p.}) once; when a
 * {@code question} shows a picture it has not downloaded (a phone that joined late, or an announcement it missed) it
 * downloads it then. It counts what was ready when its question opened. Called from the bot's event loop; the
 * downloads finish on another, hence the locking (one bot's own lock: nobody waits on it).
 *
 * <p>Figures ({@link Stats}): histograms {@code mediaFetch} (announcement or question received -> last byte, ms) and
 * {@code mediaFetchLate} (the downloads a question started); counters {@code mediaRequests}, {@code mediaBytes},
 * {@code mediaPrefetches}, {@code mediaLateFetches}, {@code picturesShown}, {@code picturesReadyAtQuestion},
 * {@code picturesInFlightAtQuestion}; a failed download is the error {@code media-<status>} or {@code media-failed}.
 */
final class PhonePictures {
    /** Downloads one path; {@link MediaClient#get} is one. */
    interface Getter {
        void get(String path, MediaClient.Done done);
    }

    private enum State { FETCHING, DONE, FAILED }

    private final Getter getter;
    private final Stats stats;
    private final Map<String, State> states = new HashMap<>(8);
    /** Question indexes already shown (a question replayed after a resume counts once). */
    private final java.util.BitSet shown = new java.util.BitSet();

    PhonePictures(Getter getter, Stats stats) {
        this.getter = getter;
        this.stats = stats;
    }

    /** The phone size of a projector path: {@code /media/<id>-p.jpg} -> {@code /media/<id>-m.jpg}. */
    static String phonePath(String projector) {
        int i = projector.lastIndexOf("-p.");
        return i < 0 ? projector : projector.substring(0, i) + "-m." + projector.substring(i + 3);
    }

    /** Any message the bot received at {@code at}: an announcement, or a question showing a picture. */
    void onMessage(Msg m, double at) {
        if (m.nextMedia != null) {
            announced(m.nextMedia, at);
        }
        if ("question".equals(m.type) && m.imagePhone != null && m.index >= 0 && !shown.get(m.index)) {
            shown.set(m.index);
            question(m.imagePhone, at);
        }
    }

    /** The next question's pictures were announced at {@code at} (epoch ms): download the ones not yet held. */
    synchronized void announced(List<String> projectorPaths, double at) {
        for (String p : projectorPaths) {
            if (fetch(phonePath(p), at, false)) {
                stats.count("mediaPrefetches");
            }
        }
    }

    /** A question showing {@code phonePath} arrived at {@code at}: was its picture here already? If not asked for, ask now. */
    synchronized void question(String phonePath, double at) {
        stats.count("picturesShown");
        State s = states.get(phonePath);
        if (s == State.DONE) {
            stats.count("picturesReadyAtQuestion");
        } else if (s == State.FETCHING) {
            stats.count("picturesInFlightAtQuestion");
        } else if (fetch(phonePath, at, true)) {
            stats.count("mediaLateFetches");
        }
    }

    /** Starts a download unless one is done or under way; true if it started one. */
    private boolean fetch(String path, double at, boolean late) {
        State s = states.get(path);
        if (s == State.DONE || s == State.FETCHING) {
            return false;
        }
        states.put(path, State.FETCHING);
        stats.count("mediaRequests");
        getter.get(path, (status, bytes, error) -> done(path, at, late, status, bytes, error));
        return true;
    }

    private synchronized void done(String path, double at, boolean late, int status, long bytes, Throwable error) {
        double ms = Now.ms() - at;
        if (error == null && status == 200) {
            states.put(path, State.DONE);
            stats.record("mediaFetch", ms);
            if (late) {
                stats.record("mediaFetchLate", ms);
            }
        } else {
            states.put(path, State.FAILED);
            stats.error(status > 0 ? "media-" + status : "media-failed");
        }
        stats.add("mediaBytes", bytes); // last: a reader that sees the bytes sees the rest of this download's figures
    }
}
