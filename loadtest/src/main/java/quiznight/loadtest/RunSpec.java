package quiznight.loadtest;

import java.util.List;

/**
 * One run: a number of rooms and players playing one game each against one server.
 *
 * @param scenario         the named scenario this run belongs to
 * @param name             the run's name in reports (the scenario, or e.g. {@code scaling-5000})
 * @param players          players in all, spread evenly over the rooms
 * @param rooms            rooms, each with its own host bot
 * @param questions        questions each room plays ({@code create} option)
 * @param timeLimitSec     time limit of each question ({@code create} option; the server accepts 5 to 600)
 * @param answerMinMs      each answer comes a uniformly random delay after the question arrived
 * @param answerMaxMs      see answerMinMs
 * @param correctShare     share of answers meant to be right
 * @param pauseMs          the host's pause after a reveal and after standings before its {@code next}
 * @param quiz             the quiz id the hosts create rooms with (null: the server's default)
 * @param quizFile         the quiz file bots read to know answers (null: the bundled benchmark quiz)
 * @param joinRate         intended joins per second, over all processes
 * @param maxHandshakes    connections between connect and WebSocket handshake at once, over all processes
 * @param sourceAddresses  loopback source addresses (127.0.0.2 ...); 0: the kernel's choice
 * @param workers          child processes for the players; 0 runs them in this process
 * @param workerJvmOptions JVM options of each child
 * @param ioThreads        event-loop threads per process
 * @param timeoutSec       the game must finish within this many seconds after the start
 * @param heap             read the server's heap before, in the lobby and after the game
 * @param warmupQuestions  the first questions of each game are played and checked but measured apart
 * @param stormIndex       during the standings after this question every player drops and resumes (-1: no storm)
 * @param stormWindowMs    the drops (and immediate reconnects) are spread uniformly over this window
 * @param failover         cluster-failover: during the standings after question {@code stormIndex} the process
 *                         {@code killPid} (the first node, which owns the rooms) is killed with SIGKILL
 *                         {@code killAfterMs} after the host got them; every client reconnects to another node and resumes
 * @param killPid          see failover
 * @param killAfterMs      see failover
 * @param images           before the rooms, upload a generated picture per question and a copy of the quiz showing
 *                         them ({@link PictureQuiz}), play that copy, and have the bots download the pictures as phones
 * @param mediaConnections keep-alive connections for pictures per player process and node at most
 * @param teams            team mode: the rooms are created with this many auto-balanced teams (0: players alone)
 */
record RunSpec(String scenario, String name, int players, int rooms, int questions, int timeLimitSec,
               int answerMinMs, int answerMaxMs, double correctShare, long pauseMs, String quiz, String quizFile,
               double joinRate, int maxHandshakes, int sourceAddresses, int workers, List<String> workerJvmOptions,
               int ioThreads, long timeoutSec, boolean heap, int warmupQuestions, int stormIndex, long stormWindowMs,
               boolean failover, Long killPid, long killAfterMs, boolean images, int mediaConnections,
               int teams) {

    RunSpec withName(String n, int p) {
        return new RunSpec(scenario, n, p, rooms, questions, timeLimitSec, answerMinMs, answerMaxMs, correctShare,
                pauseMs, quiz, quizFile, joinRate, maxHandshakes, sourceAddresses, workers, workerJvmOptions, ioThreads,
                timeoutSec, heap, warmupQuestions, stormIndex, stormWindowMs, failover, killPid, killAfterMs, images,
                mediaConnections, teams);
    }
}
