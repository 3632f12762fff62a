package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How players are spread over the nodes of a cluster, the processes and the source addresses: no server needed. */
class ClusterSpreadTest {

    private static Main parse(String... args) {
        Main m = new Main();
        new CommandLine(m).parseArgs(args);
        return m;
    }

    @Test
    void playersGoRoundRobinOverTheNodes() {
        assertThat(IntStream.range(0, 7).map(g -> Spread.node(g, 1, 3)).toArray()).containsExactly(0, 1, 2, 0, 1, 2, 0);
        assertThat(Spread.plan(45_000, 1, 3, 4, 2).playersPerNode()).containsExactly(15_000, 15_000, 15_000);
        assertThat(Spread.plan(10, 1, 3, 0, 0).playersPerNode()).containsExactly(4, 3, 3);
    }

    @Test
    void everyRoomHasPlayersOnEveryNodeEvenWhenRoomsAndNodesShareAFactor() {
        int rooms = 3;
        int nodes = 3;
        for (int room = 0; room < rooms; room++) {
            int[] perNode = new int[nodes];
            for (int g = room; g < 900; g += rooms) {
                perNode[Spread.node(g, rooms, nodes)]++;
            }
            assertThat(perNode).as("room %d", room).containsExactly(100, 100, 100);
        }
    }

    @Test
    void withOneNodeEveryPlayerUsesItAndSourcesRotateAsBefore() {
        for (int g = 0; g < 100; g++) {
            assertThat(Spread.node(g, 7, 1)).isZero();
            assertThat(Spread.source(g, 1, 4)).isEqualTo(g % 4);
        }
    }

    @Test
    void everySourceAddressReachesEveryNodeEqually() {
        int[][] pairs = new int[2][3];
        for (int g = 0; g < 600; g++) {
            pairs[Spread.source(g, 3, 2)][Spread.node(g, 1, 3)]++;
        }
        assertThat(pairs[0]).containsExactly(100, 100, 100);
        assertThat(pairs[1]).containsExactly(100, 100, 100);
    }

    @Test
    void workerSharesAreContiguousAndCoverEveryPlayerOnce() {
        int players = 45_001;
        int parts = 4;
        assertThat(Spread.first(players, parts, 0)).isZero();
        assertThat(Spread.first(players, parts, parts)).isEqualTo(players);
        for (int w = 0; w < parts; w++) {
            int size = Spread.first(players, parts, w + 1) - Spread.first(players, parts, w);
            assertThat(size).isBetween(players / parts, players / parts + 1);
        }
    }

    @Test
    void eachWorkerSpreadsItsOwnShareEvenlyOverTheNodes() {
        int players = 45_000;
        for (int w = 0; w < 4; w++) {
            int[] perNode = new int[3];
            for (int g = Spread.first(players, 4, w); g < Spread.first(players, 4, w + 1); g++) {
                perNode[Spread.node(g, 1, 3)]++;
            }
            assertThat(perNode).as("worker %d", w).containsExactly(3750, 3750, 3750);
        }
    }

    @Test
    void workersBindToSourceAddressesNoOtherWorkerUses() {
        Set<String> seen = new HashSet<>();
        for (int w = 0; w < 4; w++) {
            for (int i = 0; i < 2; i++) {
                assertThat(seen.add(Spread.sourceAddress(Spread.sourceOffset(w, 2), i))).isTrue();
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5",
                "127.0.0.6", "127.0.0.7", "127.0.0.8", "127.0.0.9");
    }

    @Test
    void clusterStadiumKeepsEveryProcessUnder15000SocketsAndEveryAddressPairUnder20000Ports() {
        RunSpec s = parse("--scenario", "cluster-stadium", "--url", "ws://127.0.0.1:8081,ws://127.0.0.1:8082,ws://127.0.0.1:8083")
                .specs().get(0);
        assertThat(s.players()).isEqualTo(45_000);
        assertThat(s.rooms()).isEqualTo(1);
        assertThat(s.questions()).isEqualTo(5);
        assertThat(s.warmupQuestions()).isEqualTo(1);
        assertThat(s.timeLimitSec()).isEqualTo(10);
        assertThat(s.maxHandshakes()).isLessThanOrEqualTo(500);
        Spread.Plan plan = Spread.plan(s.players(), s.rooms(), 3, s.workers(), s.sourceAddresses());
        assertThat(plan.socketsPerProcess()).isLessThanOrEqualTo(15_000);
        assertThat(plan.connectionsPerPair()).isLessThanOrEqualTo(20_000);
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void morePlayersThanTheScenarioPlannedForGetMoreWorkersAndSourceAddresses() {
        RunSpec s = parse("--scenario", "cluster-stadium", "--players", "90000",
                "--url", "ws://127.0.0.1:8081,ws://127.0.0.1:8082,ws://127.0.0.1:8083").specs().get(0);
        assertThat(s.workers()).isEqualTo(6);
        assertThat(Spread.plan(90_000, 1, 3, s.workers(), s.sourceAddresses()).problems())
                .as("only the nodes are too few").allMatch(p -> p.startsWith("node "));
        // one server, players in this process by default: 3 workers, and each its own address instead of the
        // kernel's one (which would need 45,000 ports to one destination)
        RunSpec one = parse("--scenario", "classroom", "--players", "45000").specs().get(0);
        assertThat(one.workers()).isEqualTo(3);
        assertThat(one.sourceAddresses()).isEqualTo(1);
        assertThat(Spread.plan(45_000, 1, 1, 3, 0).connectionsPerPair()).isEqualTo(45_001);
        assertThat(Spread.plan(45_000, 1, 1, 3, 1).problems()).hasSize(1).allMatch(p -> p.startsWith("node 1 takes 45,000"));
    }

    @Test
    void theScenariosOfOneServerKeepTheirWorkersAndSourceAddresses() {
        for (Scenario sc : Scenario.ALL) {
            // cluster-failover refuses to run without a cluster and the owner's pid to kill
            RunSpec s = (sc.name().equals("cluster-failover")
                    ? parse("--scenario", sc.name(), "--url", "ws://a:1,ws://b:2,ws://c:3", "--kill-owner-pid", "1")
                    : parse("--scenario", sc.name())).specs().get(sc.steps().size() - 1);
            assertThat(s.workers()).as(sc.name()).isEqualTo(sc.workers());
            assertThat(s.sourceAddresses()).as(sc.name()).isEqualTo(sc.sourceAddresses());
        }
    }

    @Test
    void planCountsTheHostsInTheMainProcessWhenThereAreNoWorkers() {
        Spread.Plan p = Spread.plan(40, 1, 1, 0, 0);
        assertThat(p.processes()).isEqualTo(1);
        assertThat(p.socketsPerProcess()).isEqualTo(41);
        assertThat(p.connectionsPerPair()).isEqualTo(41);
    }

    @Test
    void oneUrlIsOneNodeAsBefore() {
        Target t = parse("--url", "ws://127.0.0.1:9000", "--server-pid", "42").target();
        assertThat(t.nodes()).containsExactly(new Target.Node("ws://127.0.0.1:9000/ws", "http://127.0.0.1:9000", 42L));
        assertThat(parse().target().wsUrls()).containsExactly("ws://127.0.0.1:8080/ws");
    }

    @Test
    void commaSeparatedOrRepeatedUrlsAreTheNodesInOrderWithTheirPids() {
        List<Target.Node> expected = List.of(new Target.Node("ws://127.0.0.1:8081/ws", "http://127.0.0.1:8081", 11L),
                new Target.Node("ws://127.0.0.1:8082/ws", "http://127.0.0.1:8082", 12L),
                new Target.Node("ws://127.0.0.1:8083/x", "http://127.0.0.1:8083", 13L));
        assertThat(parse("--url", "ws://127.0.0.1:8081,ws://127.0.0.1:8082/,ws://127.0.0.1:8083/x", "--server-pid", "11,12,13")
                .target().nodes()).isEqualTo(expected);
        assertThat(parse("--url", "ws://127.0.0.1:8081", "--url", "ws://127.0.0.1:8082", "--url", "ws://127.0.0.1:8083/x",
                "--server-pid", "11", "--server-pid", "12,13").target().nodes()).isEqualTo(expected);
        Target t = parse("--url", "ws://127.0.0.1:8081,ws://127.0.0.1:8082").target();
        assertThat(t.wsUrl()).as("the hosts' node").isEqualTo("ws://127.0.0.1:8081/ws");
        assertThat(t.pids()).isEmpty();
    }

    @Test
    void oneServerGivenUnderSeveralUrlsCountsOnceInSumsOverNodes() {
        Target t = parse("--url", "ws://127.0.0.1:8081,ws://127.0.0.1:8082/ws,ws://127.0.0.1:8081/ws").target();
        assertThat(t.distinct()).containsExactly(0, 1);
    }

    @Test
    void aPidCountThatDoesNotMatchTheUrlsIsRefused() {
        Main m = parse("--url", "ws://127.0.0.1:8081,ws://127.0.0.1:8082", "--server-pid", "11");
        assertThatThrownBy(m::target).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("2 URL(s) but 1 process id(s)");
    }

    @Test
    void serverCountersAddUpOverNodesExceptMaximaWhichTakeTheLargest() {
        Map<String, Double> a = Map.of("quiznight_players_connected", 15_000.0,
                "quiznight_broadcast_duration_seconds_max{type=\"question\"}", 0.12,
                "quiznight_broadcast_duration_seconds_count{type=\"question\"}", 5.0);
        Map<String, Double> b = Map.of("quiznight_players_connected", 14_999.0,
                "quiznight_broadcast_duration_seconds_max{type=\"question\"}", 0.30,
                "quiznight_broadcast_duration_seconds_count{type=\"question\"}", 5.0);
        assertThat(ServerProbe.total(List.of(a, b))).isEqualTo(Map.of("quiznight_players_connected", 29_999.0,
                "quiznight_broadcast_duration_seconds_max{type=\"question\"}", 0.30,
                "quiznight_broadcast_duration_seconds_count{type=\"question\"}", 10.0));
    }

    @Test
    void heapOverNodesIsTheirSumAndUnknownWhenOneNodeWasNotRead() {
        ServerProbe.Heap h = new ServerProbe.Heap(100, "m");
        assertThat(ServerProbe.total(List.of(h, new ServerProbe.Heap(50, "m"))).bytes()).isEqualTo(150);
        assertThat(ServerProbe.total(java.util.Arrays.asList(h, null))).isNull();
        assertThat(ServerProbe.total(List.of(h)).method()).isEqualTo("m");
    }
}
