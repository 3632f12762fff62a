package quiznight.loadtest;

import java.util.List;
import java.util.Locale;

/**
 * The named scenarios and their defaults; every value can be overridden on the command line.
 *
 * @param steps           players per run: one run per entry ({@code scaling} has four)
 * @param questions       questions per game, the warm-up ones included
 * @param warmupQuestions the first questions of a game, played and checked but measured apart
 */
record Scenario(String name, List<Integer> steps, int rooms, int questions, int warmupQuestions, int timeLimitSec,
                int answerMinMs, int answerMaxMs, double correctShare, long pauseMs, double joinRate,
                int sourceAddresses, int workers, String description) {

    static final List<Scenario> ALL = List.of(
            new Scenario("classroom", List.of(40), 1, 5, 0, 20, 500, 3000, 0.7, 1000, 200, 0, 0,
                    "1 room x 40 players: a class with a projector"),
            new Scenario("meetup", List.of(10_000), 100, 4, 1, 10, 200, 2000, 0.7, 1500, 1000, 2, 2,
                    "100 rooms x 100 players at once on one server"),
            new Scenario("stadium", List.of(10_000), 1, 6, 1, 10, 0, 2000, 0.7, 2000, 1000, 4, 2,
                    "1 room x 10,000 players, every answer within 2 s"),
            // as stadium at 5,000 players; a picture per question (--no-images: the same run without, to compare)
            new Scenario("pictures", List.of(5_000), 1, 6, 1, 10, 0, 2000, 0.7, 2000, 1000, 4, 2,
                    "1 room x 5,000 players, a picture on every question: phones download each during the standings before it"),
            new Scenario("scaling", List.of(1000, 2000, 5000, 10_000), 1, 4, 1, 10, 0, 2000, 0.7, 2000, 1000, 4, 2,
                    "1 room at 1k, 2k, 5k and 10k players: how each measure grows"),
            new Scenario("ceiling", List.of(19_500), 1, 4, 1, 10, 0, 2000, 0.7, 3000, 1000, 4, 4,
                    "1 room at as many players as one server process holds (19,500 of its 20,000 files)"),
            // as stadium, in team mode: 20 teams the server balances (team scores are a mean per team at each close)
            new Scenario("teams", List.of(10_000), 1, 6, 1, 10, 0, 2000, 0.7, 2000, 1000, 4, 2,
                    "1 room x 10,000 players in 20 auto-balanced teams (--teams N for another count)"),
            new Scenario("storm", List.of(10_000), 1, 5, 1, 10, 0, 2000, 0.7, 2000, 1000, 4, 2,
                    "1 room x 10,000 players; after 2 measured questions every player drops and resumes within --storm-window-ms"),
            // 4 workers: 11,250 sockets each; 2 source addresses each: 1,875 connections per (address, node) of 3 nodes
            new Scenario("cluster-stadium", List.of(45_000), 1, 5, 1, 10, 0, 2000, 0.7, 2000, 1000, 2, 4,
                    "1 room x 45,000 players spread over the nodes of a cluster (--url A,B,C); the room lives on the first"),
            // 2 workers of 7,500 sockets; after the kill the two surviving nodes take 7,500 each
            new Scenario("cluster-failover", List.of(15_000), 1, 6, 1, 10, 0, 2000, 0.7, 2000, 1000, 2, 2,
                    "1 room x 15,000 players over the nodes of a cluster; in the standings after 2 measured questions the"
                            + " owner (the first node) is killed (SIGKILL) and every client reconnects elsewhere and resumes"));

    static Scenario named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(s -> s.name.equals(n)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown scenario '" + name + "' (known: "
                        + String.join(", ", ALL.stream().map(Scenario::name).toList()) + ")"));
    }
}
