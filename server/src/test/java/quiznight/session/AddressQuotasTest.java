package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.testing.ManualClock;

class AddressQuotasTest {
    static final String MEETUP = "203.0.113.10";
    ManualClock clock = new ManualClock(1_700_000_000_000L);
    Set<String> live = new HashSet<>();
    AddressQuotas quotas = new AddressQuotas(5, 20, 100, live::contains);

    private void create(String address, String code) {
        quotas.admitCreate(address, clock.millis());
        quotas.created(address, code);
        live.add(code);
    }

    private static ErrorCode refusal(Runnable r) {
        try {
            r.run();
            return null;
        } catch (ProtocolException e) {
            return e.code();
        }
    }

    @Test
    void fiveRoomsAMinute_fromOneAddress_thenRateLimited_whileAnotherAddressStillCreates() {
        for (int i = 0; i < 5; i++) {
            create(MEETUP, "10000" + i);
        }
        assertThat(refusal(() -> quotas.admitCreate(MEETUP, clock.millis()))).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(refusal(() -> quotas.admitCreate("198.51.100.7", clock.millis()))).isNull();
        clock.advance(60_000);
        assertThat(refusal(() -> quotas.admitCreate(MEETUP, clock.millis()))).isNull();
    }

    @Test
    void twentyLiveRoomsPerAddress_thenCapacity_untilOneCloses() {
        for (int i = 0; i < 20; i++) {
            create(MEETUP, String.valueOf(100_000 + i));
            clock.advance(15_000);
        }
        assertThatThrownBy(() -> quotas.admitCreate(MEETUP, clock.millis()))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CAPACITY))
                .hasMessageContaining("20 rooms");
        live.remove("100003");
        assertThat(refusal(() -> quotas.admitCreate(MEETUP, clock.millis()))).isNull();
    }

    @Test
    void createsThatMadeNoRoom_countForNothing() {
        for (int i = 0; i < 20; i++) {
            quotas.admitCreate(MEETUP, clock.millis());
            quotas.failed(MEETUP, clock.millis());
        }
        assertThat(refusal(() -> quotas.admitCreate(MEETUP, clock.millis()))).isNull();
    }

    @Test
    void createsAdmittedButNotYetAnswered_holdTheirPlace_soManyConnectionsAtOnceCannotOvershoot() {
        AddressQuotas two = new AddressQuotas(100, 2, 100, live::contains);
        two.admitCreate(MEETUP, clock.millis());
        two.admitCreate(MEETUP, clock.millis());
        assertThat(refusal(() -> two.admitCreate(MEETUP, clock.millis()))).isEqualTo(ErrorCode.CAPACITY);
        two.failed(MEETUP, clock.millis());
        assertThat(refusal(() -> two.admitCreate(MEETUP, clock.millis()))).isNull();
    }

    @Test
    void joinsToOneRoomFromOneAddress_stopAt100_otherRoomsAndAddressesAreNotAffected() {
        for (int i = 0; i < 100; i++) {
            quotas.admitJoin(MEETUP, "111111", clock.millis());
        }
        assertThat(refusal(() -> quotas.admitJoin(MEETUP, "111111", clock.millis()))).isEqualTo(ErrorCode.CAPACITY);
        assertThat(refusal(() -> quotas.admitJoin(MEETUP, "222222", clock.millis()))).isNull();
        assertThat(refusal(() -> quotas.admitJoin("198.51.100.7", "111111", clock.millis()))).isNull();
    }

    @Test
    void joinsOnly_countsJoinsPerKey_aRefusedJoinGivesItsPlaceBack_andAKeyThatIsOverIsForgotten() {
        Set<String> open = new HashSet<>(Set.of("assignment-1"));
        AddressQuotas homework = AddressQuotas.joinsOnly(2, open::contains);
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).isTrue();
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).isTrue();
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).as("past the share").isFalse();
        homework.joinRefused(MEETUP, "assignment-1");
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).as("a place given back").isTrue();
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).as("a refusal counted nothing").isFalse();
        assertThat(homework.joinsPerRoom()).isEqualTo(2);

        open.remove("assignment-1");
        clock.advance(60_000);
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).as("forgotten once over").isTrue();
    }

    @Test
    void joinsRefusedForAnotherReason_leaveNoCountBehind_andAGiveBackNeverGoesBelowNothing() {
        AddressQuotas homework = AddressQuotas.joinsOnly(2, code -> true);
        for (int i = 0; i < 1_000; i++) {
            String address = "10.0." + (i / 250) + "." + (i % 250);
            assertThat(homework.tryJoin(address, "assignment-1", clock.millis())).isTrue();
            homework.joinRefused(address, "assignment-1");
        }
        assertThat(homework.keysCounted()).as("a count back at 0 is no entry").isZero();

        homework.joinRefused(MEETUP, "assignment-1");
        assertThat(homework.keysCounted()).isZero();
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).isTrue();
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).isTrue();
        assertThat(homework.tryJoin(MEETUP, "assignment-1", clock.millis())).as("a give-back of nothing added no place")
                .isFalse();
    }
}
