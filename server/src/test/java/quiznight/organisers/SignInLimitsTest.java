package quiznight.organisers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInLimitsTest {
    static final long MINUTE = 60_000;

    @Test
    void pastFiveWrongPasswordsForOneName_thatNameWaits_fromAnyAddress_andOneMoreTryComesBackAfterAThreeMinuteRefill() {
        SignInLimits limits = new SignInLimits();
        long t = 1_000_000;
        for (int i = 0; i < SignInLimits.PER_NAME; i++) {
            assertThat(limits.waitMs("10.0.0." + i, "alice", t)).isZero();
            limits.failed("10.0.0." + i, "alice", t);
        }
        assertThat(limits.waitMs("10.0.0.99", "alice", t)).isEqualTo(3 * MINUTE);
        assertThat(limits.waitMs("10.0.0.99", "ALICE", t)).as("names compare ignoring case").isEqualTo(3 * MINUTE);
        assertThat(limits.waitMs("10.0.0.99", "bob", t)).isZero();
        assertThat(limits.waitMs("10.0.0.99", "alice", t + 3 * MINUTE)).isZero();
    }

    @Test
    void pastTwentyWrongSignInsFromOneAddress_thatAddressWaits_whateverTheName() {
        SignInLimits limits = new SignInLimits();
        long t = 5_000;
        for (int i = 0; i < SignInLimits.PER_ADDRESS; i++) {
            assertThat(limits.waitMs("192.0.2.1", "user" + i, t)).isZero();
            limits.failed("192.0.2.1", "user" + i, t);
        }
        assertThat(limits.waitMs("192.0.2.1", "someone-new", t)).isPositive();
        assertThat(limits.waitMs("192.0.2.1", null, t)).as("a key sign-in too").isPositive();
        assertThat(limits.waitMs("192.0.2.2", "someone-new", t)).isZero();
        assertThat(limits.waitMs("192.0.2.1", "someone-new", t + SignInLimits.WINDOW_MS / SignInLimits.PER_ADDRESS)).isZero();
    }
}
