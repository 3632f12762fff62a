package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quiznight.session.CodeGuard.Pass;
import quiznight.testing.ManualClock;

class CodeGuardTest {
    static final String SCHOOL = "203.0.113.10";
    ManualClock clock = new ManualClock(1_700_000_000_000L);
    CodeGuard guard = new CodeGuard(100, 30);

    private void spray(String address, int n) {
        for (int i = 0; i < n; i++) {
            assertThat(guard.admit(address, String.format("%06d", 100_000 + i), clock.millis())).isEqualTo(Pass.SPENT);
        }
    }

    @Test
    void aClassesTypos_areLookedUpHonestly_untilTheBudgetOf100IsSpent() {
        spray(SCHOOL, 100);
        assertThat(guard.admit(SCHOOL, "555555", clock.millis())).isEqualTo(Pass.REFUSED);
    }

    @Test
    void rightCodes_costNothing_andBecomeKnownToTheAddress() {
        for (int i = 0; i < 500; i++) {
            Pass p = guard.admit(SCHOOL, "424242", clock.millis());
            assertThat(p).isEqualTo(Pass.SPENT);
            guard.found(SCHOOL, "424242", p, clock.millis());
        }
        spray(SCHOOL, 100);
        assertThat(guard.admit(SCHOOL, "424242", clock.millis())).isEqualTo(Pass.KNOWN);
    }

    @Test
    void pastTheBudget_aLiveCodeNewToTheAddress_isRefusedExactlyLikeAWrongOne_butItsOwnRoomsStillPass() {
        guard.remember(SCHOOL, "111111", clock.millis()); // the teacher created it from the school's address
        spray(SCHOOL, 100);
        assertThat(guard.admit(SCHOOL, "222222", clock.millis())).as("a live room of another school").isEqualTo(Pass.REFUSED);
        assertThat(guard.admit(SCHOOL, "999999", clock.millis())).as("no room").isEqualTo(Pass.REFUSED);
        assertThat(guard.admit(SCHOOL, "111111", clock.millis())).isEqualTo(Pass.KNOWN);
    }

    @Test
    void theBudgetRefillsSlowly_30AnHour_andRetryAfterSaysWhen() {
        spray(SCHOOL, 100);
        assertThat(guard.retryAfterMs(SCHOOL, clock.millis())).isEqualTo(120_000);
        clock.advance(119_000);
        assertThat(guard.admit(SCHOOL, "300000", clock.millis())).isEqualTo(Pass.REFUSED);
        clock.advance(1_000);
        assertThat(guard.admit(SCHOOL, "300000", clock.millis())).isEqualTo(Pass.SPENT);
        assertThat(guard.admit(SCHOOL, "300001", clock.millis())).isEqualTo(Pass.REFUSED);
        clock.advance(3_600_000);
        spray(SCHOOL, 30);
        assertThat(guard.admit(SCHOOL, "300002", clock.millis())).isEqualTo(Pass.REFUSED);
    }

    @Test
    void knownCodes_areForgottenAfterSixHoursUnused() {
        guard.remember(SCHOOL, "111111", clock.millis());
        spray(SCHOOL, 100);
        clock.advance(CodeGuard.KNOWN_FOR_MS);
        spray(SCHOOL, 100);
        assertThat(guard.admit(SCHOOL, "111111", clock.millis())).isEqualTo(Pass.REFUSED);
    }

    @Test
    void eachAddressHasItsOwnBudget_butIPv6CountsByItsSlash64() {
        spray(SCHOOL, 100);
        assertThat(guard.admit("198.51.100.7", "555555", clock.millis())).isEqualTo(Pass.SPENT);
        spray("2001:db8:1:2::1", 100);
        assertThat(guard.admit("2001:db8:1:2:ffff::9", "555555", clock.millis())).isEqualTo(Pass.REFUSED);
        assertThat(guard.admit("2001:db8:1:3::1", "555555", clock.millis())).isEqualTo(Pass.SPENT);
        assertThat(CodeGuard.key("2001:0db8:0001:0002:0000:0000:0000:0001")).isEqualTo(CodeGuard.key("2001:db8:1:2::abcd"));
    }

    @Test
    void perConnection_theFirstThreeWrongCodesAreAnsweredAtOnce_thenSlowerAndSlower_andTheTenthEndsIt() {
        long[] delays = new long[10];
        for (int i = 1; i <= 10; i++) {
            delays[i - 1] = guard.delayMs(i);
        }
        assertThat(delays).containsExactly(0, 0, 0, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000);
        assertThat(guard.connectionSpent(9)).isFalse();
        assertThat(guard.connectionSpent(10)).isTrue();
    }

    @Test
    void addressesWhoseBudgetIsFullAgain_andThatKnowNothing_areForgotten() {
        spray(SCHOOL, 1);
        guard.remember("198.51.100.7", "111111", clock.millis());
        assertThat(guard.tracked()).isEqualTo(2);
        clock.advance(3_600_000);
        guard.admit("192.0.2.1", "000000", clock.millis());
        assertThat(guard.tracked()).as("the school is forgotten, the host and the new one stay").isEqualTo(2);
    }
}
