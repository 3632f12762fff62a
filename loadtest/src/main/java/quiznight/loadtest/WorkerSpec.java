package quiznight.loadtest;

import java.util.List;

/**
 * One process's share of the players of a run: it travels as JSON to a worker process's stdin.
 *
 * @param urls            the WebSocket endpoints, e.g. {@code ws://127.0.0.1:8080/ws}: one server, or the nodes of a
 *                        cluster, over which the players are spread ({@link Spread#node})
 * @param codes           the room codes; global player {@code g} joins room {@code codes[g % codes.size()]}
 * @param firstPlayer     the global number of this process's first player
 * @param players         how many players this process runs
 * @param questions       how many questions each room plays (from the host's {@code created})
 * @param joinRate        joins per second this process attempts (the intended times of the ramp)
 * @param maxHandshakes   connections of this process between connect and WebSocket handshake at once
 * @param sourceAddresses loopback source addresses to spread sockets over (0: the kernel's choice)
 * @param sourceOffset    this process's first source address (127.0.0.(2+offset)), {@link Spread#sourceOffset}
 * @param ioThreads       event-loop threads of this process
 * @param answerMinMs     a bot answers a question after a delay drawn uniformly from min..max
 * @param answerMaxMs     see answerMinMs
 * @param correctShare    the share of answers meant to be right (needs the quiz file)
 * @param quizFile        the quiz the server plays (null: the bundled benchmark quiz; "none": answer at random)
 * @param warmupQuestions the first questions of each game, measured apart ("warmup.*"), outside the figures
 * @param stormIndex      after this question's standings every bot drops and resumes (-1: no storm)
 * @param stormWindowMs   window over which the drops are spread
 * @param failover        cluster-failover: a bot whose connection closes unexpectedly reconnects to another node and
 *                        resumes ({@link Failover}); it does not drop itself ({@code stormIndex} only marks the
 *                        standings during which the owner is killed)
 * @param mediaBases      per node, the HTTP base the bots download pictures from, as a phone does ({@link PhonePictures});
 *                        empty: the bots download none
 * @param mediaConnections keep-alive connections this process opens to each node for pictures at most
 */
record WorkerSpec(List<String> urls, List<String> codes, int firstPlayer, int players, int questions, double joinRate,
                  int maxHandshakes, int sourceAddresses, int sourceOffset, int ioThreads, int answerMinMs,
                  int answerMaxMs, double correctShare, String quizFile, int warmupQuestions,
                  int stormIndex, long stormWindowMs, boolean failover, List<String> mediaBases,
                  int mediaConnections) {
}
