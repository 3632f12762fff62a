package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Network delay from round trips, on given times: only the echo of a ping in flight counts, once. */
class RoundTripsTest {
    static final long MS = 1_000_000;

    @Test
    void theEchoOfAPingInFlight_givesHalfTheRoundTrip() {
        RoundTrips rt = new RoundTrips();
        rt.sent(42, 1_000 * MS);
        rt.pong(42, 1_080 * MS);
        assertThat(rt.latencyMs()).isEqualTo(40);
    }

    @Test
    void unknownNonces_replays_andZero_changeNothing() {
        RoundTrips rt = new RoundTrips();
        rt.sent(42, 1_000 * MS);
        rt.pong(7, 1_600 * MS);
        rt.pong(0, 1_600 * MS);
        assertThat(rt.latencyMs()).isZero();
        rt.pong(42, 1_020 * MS);
        rt.pong(42, 1_600 * MS);
        assertThat(rt.latencyMs()).isEqualTo(10);
    }

    @Test
    void onlyTheLastFourPingsAreKept() {
        RoundTrips rt = new RoundTrips();
        for (int i = 1; i <= 5; i++) {
            rt.sent(i, i * 5_000 * MS);
        }
        rt.pong(1, 30_000 * MS);
        assertThat(rt.latencyMs()).isZero();
        rt.pong(5, 25_010 * MS);
        assertThat(rt.latencyMs()).isEqualTo(5);
    }

    @Test
    void aLateEcho_isCappedAt300ms() {
        RoundTrips rt = new RoundTrips();
        rt.sent(9, 0);
        rt.pong(9, 2_000 * MS);
        assertThat(rt.latencyMs()).isEqualTo(300);
    }
}
