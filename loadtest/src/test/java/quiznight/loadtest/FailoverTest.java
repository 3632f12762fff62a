package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** cluster-failover's reconnect rules: which node, how long to wait, how many attempts. No server needed. */
class FailoverTest {

    @Test
    void aReconnectNeverGoesBackToTheNodeItLostNorToOneMarkedDown() {
        boolean[] none = new boolean[3];
        // lost node 0 (nothing known down): round-robin over 1 and 2 from the seed
        assertThat(IntStream.range(0, 4).map(a -> Failover.node(0, none, a, 0)).toArray()).containsExactly(1, 2, 1, 2);
        assertThat(IntStream.range(0, 4).map(a -> Failover.node(0, none, a, 1)).toArray()).containsExactly(2, 1, 2, 1);
        // closed with 1012 by node 1 while node 0 is known dead: only node 2
        boolean[] zeroDown = {true, false, false};
        assertThat(IntStream.range(0, 5).map(a -> Failover.node(1, zeroDown, a, 7)).toArray()).containsOnly(2);
        // every other node down: still never the one just lost
        boolean[] allDown = {true, true, true};
        assertThat(IntStream.range(0, 6).map(a -> Failover.node(2, allDown, a, 0)).toArray()).containsExactly(0, 1, 0, 1, 0, 1);
        // one node: that node
        assertThat(Failover.node(0, new boolean[1], 3, 5)).isZero();
    }

    @Test
    void seedsSpreadTheReconnectsEvenlyOverTheSurvivors() {
        boolean[] zeroDown = {true, false, false};
        int[] per = new int[3];
        for (int seed = 0; seed < 1000; seed++) {
            per[Failover.node(0, zeroDown, 0, seed)]++;
        }
        assertThat(per).containsExactly(0, 500, 500);
    }

    @Test
    void backoffIsBoundedAndGrows() {
        assertThat(IntStream.range(0, 12).mapToLong(Failover::backoffBoundMs).toArray())
                .containsExactly(1000, 2000, 4000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000);
        for (int a = 0; a < 40; a++) {
            int attempt = a % Failover.MAX_ATTEMPTS;
            assertThat(Failover.backoffMs(attempt)).isBetween(0L, Failover.backoffBoundMs(attempt));
        }
    }

    @Test
    void aLinkDialsTheNextSurvivorUntilItsAttemptsAreSpent() {
        Failover.Nodes nodes = new Failover.Nodes(3);
        List<Integer> dialed = new ArrayList<>();
        List<Long> delays = new ArrayList<>();
        Failover.Link link = new Failover.Link(nodes, 0, 0, (node, delay) -> {
            dialed.add(node);
            delays.add(delay);
        });
        assertThat(link.away()).isFalse();
        // node 0 died (no close frame): marked down; then node 1 refuses too
        assertThat(link.lost(true)).isTrue();
        assertThat(link.away()).isTrue();
        assertThat(nodes.down()).containsExactly(true, false, false);
        assertThat(link.lost(true)).isTrue();
        assertThat(nodes.down()).containsExactly(true, true, false);
        // node 2 closes with 1012 again and again: every node has failed, so any but the one just lost
        for (int i = 2; i < Failover.MAX_ATTEMPTS; i++) {
            assertThat(link.lost(false)).isTrue();
        }
        assertThat(link.lost(false)).as("attempts spent").isFalse();
        assertThat(dialed).hasSize(Failover.MAX_ATTEMPTS);
        assertThat(dialed.subList(0, 2)).containsExactly(1, 2);
        for (int i = 1; i < dialed.size(); i++) {
            assertThat(dialed.get(i)).as("attempt %d", i).isNotEqualTo(dialed.get(i - 1));
        }
        for (int i = 0; i < delays.size(); i++) {
            assertThat(delays.get(i)).isBetween(0L, Failover.backoffBoundMs(i));
        }
    }

    @Test
    void resumingEndsTheOutageAndResetsTheAttempts() {
        Failover.Link link = new Failover.Link(new Failover.Nodes(3), 0, 0, (node, delay) -> { });
        link.lost(false);
        link.lost(false);
        assertThat(link.attempts()).isEqualTo(2);
        assertThat(link.back(Now.ms() + 1)).isPositive();
        assertThat(link.away()).isFalse();
        assertThat(link.attempts()).isZero();
    }

    @Test
    void theScenarioKillsTheFirstNodeAndNeedsACluster() {
        Main m = new Main();
        new CommandLine(m).parseArgs("--scenario", "cluster-failover", "--url", "ws://a:1,ws://b:2,ws://c:3",
                "--server-pid", "11,12,13");
        RunSpec s = m.specs().get(0);
        assertThat(s.failover()).isTrue();
        assertThat(s.killPid()).isEqualTo(11L);
        assertThat(s.killAfterMs()).isEqualTo(2000L);
        assertThat(s.stormIndex()).isEqualTo(2);
        assertThat(s.players()).isEqualTo(15_000);
        assertThat(s.heap()).isFalse();

        Main explicit = new Main();
        new CommandLine(explicit).parseArgs("--scenario", "cluster-failover", "--url", "ws://a:1,ws://b:2",
                "--kill-owner-pid", "42", "--kill-at", "500");
        assertThat(explicit.specs().get(0).killPid()).isEqualTo(42L);
        assertThat(explicit.specs().get(0).killAfterMs()).isEqualTo(500L);

        Main single = new Main();
        new CommandLine(single).parseArgs("--scenario", "cluster-failover", "--url", "ws://a:1", "--server-pid", "1");
        org.assertj.core.api.Assertions.assertThatThrownBy(single::specs).isInstanceOf(CommandLine.ParameterException.class);
        Main noPid = new Main();
        new CommandLine(noPid).parseArgs("--scenario", "cluster-failover", "--url", "ws://a:1,ws://b:2");
        org.assertj.core.api.Assertions.assertThatThrownBy(noPid::specs).isInstanceOf(CommandLine.ParameterException.class);
    }
}
