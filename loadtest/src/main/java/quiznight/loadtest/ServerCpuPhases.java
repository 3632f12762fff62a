package quiznight.loadtest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's own CPU split by phase of the game, so its cost per broadcast and per answer can be told apart from
 * the bots' share of the box (issue 19). The host of a one-room run marks each phase message as it arrives (the host
 * is the first recipient of every broadcast); at each mark the server processes' CPU time is read from
 * {@code /proc/PID/stat} (10 ms ticks). A measured question i then has two windows:
 * <ul>
 *   <li>question i → reveal i: the question's broadcast, then every player's answer (and ack);</li>
 *   <li>reveal i → the next question (or finished): two broadcasts (the reveal with each player's own result, and
 *   the standings) and nothing else but pings.</li>
 * </ul>
 * CPU per broadcast = the reveal windows' CPU / (2 × measured questions); CPU per answer = (the question windows' CPU
 * − one broadcast per question) / answers. Pings (one per connection per ping interval) fall in both windows and are
 * not taken out: the figures are upper bounds of each.
 */
final class ServerCpuPhases {
    private record Mark(String type, int index, long ticks) {
    }

    private final java.util.function.LongSupplier serverTicks;
    private final List<Mark> marks = new ArrayList<>();

    /** @param serverTicks the server processes' CPU ticks so far (100 a second); negative when unreadable */
    ServerCpuPhases(java.util.function.LongSupplier serverTicks) {
        this.serverTicks = serverTicks;
    }

    /** On the host's event loop, as a phase message arrives. */
    synchronized void mark(String type, int index) {
        long t = serverTicks.getAsLong();
        if (t >= 0) {
            marks.add(new Mark(type, index, t));
        }
    }

    /** The split over questions from {@code firstMeasured} on; null when the marks are incomplete. */
    synchronized ObjectNode report(int firstMeasured, long players) {
        double questionSec = 0;
        double revealSec = 0;
        int measured = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark q = marks.get(i);
            if (!q.type.equals("question") || q.index < firstMeasured) {
                continue;
            }
            Mark reveal = find("reveal", q.index, i);
            Mark after = reveal == null ? null : nextPhase(marks.indexOf(reveal));
            if (reveal == null || after == null) {
                return null;
            }
            questionSec += (reveal.ticks - q.ticks) / CpuMeter.TICKS_PER_SECOND;
            revealSec += (after.ticks - reveal.ticks) / CpuMeter.TICKS_PER_SECOND;
            measured++;
        }
        if (measured == 0) {
            return null;
        }
        double perBroadcast = revealSec / (2.0 * measured);
        long answers = players * measured;
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("meaning", "server CPU (from /proc, 10 ms ticks) per phase of the measured questions: question→reveal "
                + "windows hold 1 broadcast + the answers, reveal→next question windows hold 2 broadcasts (reveal+results, "
                + "standings); pings are in both, so each figure is an upper bound");
        o.put("measuredQuestions", measured);
        o.put("questionWindowsCpuSec", r3(questionSec));
        o.put("revealWindowsCpuSec", r3(revealSec));
        o.put("cpuMsPerBroadcast", r3(perBroadcast * 1000));
        o.put("cpuUsPerRecipient", r3(perBroadcast * 1e6 / Math.max(1, players)));
        o.put("answers", answers);
        o.put("cpuUsPerAnswer", r3(Math.max(0, questionSec - perBroadcast * measured) * 1e6 / Math.max(1, answers)));
        return o;
    }

    private Mark find(String type, int index, int from) {
        for (int i = from; i < marks.size(); i++) {
            if (marks.get(i).type.equals(type) && marks.get(i).index == index) {
                return marks.get(i);
            }
        }
        return null;
    }

    /** The next question or finished after position {@code from}. */
    private Mark nextPhase(int from) {
        for (int i = from + 1; i < marks.size(); i++) {
            String t = marks.get(i).type;
            if (t.equals("question") || t.equals("finished")) {
                return marks.get(i);
            }
        }
        return null;
    }

    private static double r3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
