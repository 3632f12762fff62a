import quiznight.protocol.*;

public class EncodeBench {
    public static void main(String[] a) {
        Codec codec = new Codec(() -> System.currentTimeMillis() + 0.123);
        Templates t = new Templates(codec);
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            int n = 200_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += codec.encode(new ServerMessage.Result(3, (i & 1) == 0, 1000, 100, i, i % 10000, 2, 5, 10000)).bytes().length;
            }
            long t1 = System.nanoTime();
            Templates.Results r = t.results(3);
            for (int i = 0; i < n; i++) {
                sink += r.of(new ServerMessage.Result(3, (i & 1) == 0, 1000, 100, i, i % 10000, 2, 5, 10000)).bytes().length;
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += codec.encode(new ServerMessage.Ack(i & 7)).bytes().length;
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += t.ack(i & 7).bytes().length;
            }
            long t4 = System.nanoTime();
            System.out.printf("round %d: result jackson %.0f ns, template %.0f ns; ack jackson %.0f ns, template %.0f ns%n", round,
                    (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n, (t4 - t3) / (double) n);
        }
        System.out.println(sink);
    }
}
