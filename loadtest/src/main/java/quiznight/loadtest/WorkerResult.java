package quiznight.loadtest;

import java.util.Map;

/**
 * What one process measured, as it travels between processes (JSON on the worker's stdout).
 *
 * @param histograms per-recipient measures: name to a compressed, base64-encoded HdrHistogram of microseconds
 * @param last       "measure|room|index" to the largest delay (ms) any recipient of that broadcast saw
 * @param counters   answers sent, acks, correct results, players joined, ...
 * @param errors     error frames by code, unexpected closes, failed connections
 * @param missed     messages that never arrived, by kind
 */
record WorkerResult(Map<String, String> histograms, Map<String, Double> last, Map<String, Long> counters,
                    Map<String, Long> errors, Map<String, Long> missed) {
}
