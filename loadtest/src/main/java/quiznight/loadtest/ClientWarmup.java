package quiznight.loadtest;

import java.util.Random;

/**
 * Compiles the bots' hot path before the ramp: a worker is a fresh JVM, and without this the first question of
 * a game would measure the load generator's own JIT compilation (C2 threads busy while 10,000 questions
 * arrive) rather than the server. Parses synthetic frames of each type and records them into a throwaway
 * {@link Stats}; nothing touches the network.
 */
final class ClientWarmup {
    private ClientWarmup() {
    }

    static void run(QuizKnowledge knowledge, int iterations) {
        String[] frames = {
            "{\"type\":\"question\",\"sentAt\":1764000000000.123,\"index\":1,\"total\":5,\"kind\":\"single\","
                    + "\"text\":\"About how many ephemeral ports does Linux hand out by default to connections from one source address to one destination?\","
                    + "\"choices\":[\"About 1,000\",\"About 16,000\",\"About 28,000\",\"About 65,000\"],\"timeLimitMs\":10000,"
                    + "\"deadline\":1764000010000,\"points\":1,\"hideText\":false,\"section\":\"Transport\"}",
            "{\"type\":\"ack\",\"sentAt\":1764000000000.5,\"index\":1}",
            "{\"type\":\"reveal\",\"sentAt\":1764000000000.25,\"index\":1,\"correct\":[2],\"counts\":[10,20,30,40],"
                    + "\"explanation\":\"The default ip_local_port_range is 32768 to 60999.\",\"answered\":100,\"correctCount\":30}",
            "{\"type\":\"result\",\"sentAt\":1764000000000.75,\"index\":1,\"correct\":true,\"points\":1000,\"bonus\":0,"
                    + "\"score\":2000,\"rank\":3,\"streak\":2,\"behind\":10,\"players\":100}",
            "{\"type\":\"standings\",\"sentAt\":1764000000001,\"index\":1,\"top\":[{\"rank\":1,\"playerId\":\"p1\","
                    + "\"name\":\"bot1\",\"score\":2000}],\"players\":100}",
            "{\"type\":\"lobby\",\"sentAt\":1764000000001.5,\"code\":\"123456\",\"count\":100,\"locked\":false}",
        };
        byte[][] bytes = new byte[frames.length][];
        for (int i = 0; i < frames.length; i++) {
            bytes[i] = frames[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        Stats scratch = new Stats();
        Random rnd = new Random(1);
        long sink = 0;
        for (int n = 0; n < iterations; n++) {
            for (byte[] b : bytes) {
                try {
                    Msg m = Msg.parse(b, 0, b.length);
                    double d = Now.ms() - m.sentAt;
                    scratch.record(m.type, d);
                    scratch.last(m.type, "000000", m.index & 7, d);
                    if (m.type.equals("question")) {
                        sink += knowledge.answerFrame(m, rnd.nextBoolean(), rnd).length();
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (sink == 42) {
            System.err.print("");
        }
    }
}
