package com.promisedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life cycle after AGREED, from delivery marks (DESIGN: AGREED → IN_DELIVERY → KEPT | BROKEN | WITHDRAWN). */
class PromiseKeepingTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final LocalDate DUE_A = LocalDate.of(2026, 12, 1);
    private static final LocalDate DUE_B = LocalDate.of(2026, 12, 15);
    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    private final Promise agreed = new Promise(java.util.UUID.randomUUID(), new Customer("Northwind Traders", "EU", null),
            "Fleet", START, PromiseStatus.AGREED, START, List.of(CommitmentLine.of("ONB-STD", 1, DUE_A),
            CommitmentLine.bespoke("ERP export", DUE_B)), List.of(), List.of(), List.of());

    private PromiseKeeping keeping(DeliveryMark... marks) {
        return PromiseKeeping.of(agreed, List.of(DUE_A, DUE_B), Arrays.asList(marks), List.of());
    }

    @Test
    void anAgreedPromiseMovesIntoDeliveryAtItsFirstDeliveryOrMilestoneDone() {
        assertThat(keeping().status()).isEqualTo(PromiseStatus.AGREED);
        assertThat(keeping(DeliveryMark.delivered(0, DUE_A, T)).status()).isEqualTo(PromiseStatus.IN_DELIVERY);
        assertThat(PromiseKeeping.of(agreed, List.of(DUE_A, DUE_B), List.of(),
                List.of(new Milestone("Kick-off", DUE_A, true))).status()).isEqualTo(PromiseStatus.IN_DELIVERY);
        assertThat(keeping().outcome()).isEmpty();
    }

    @Test
    void everyLineOnTimeIsKeptAndOneLateOrCancelledIsBroken() {
        PromiseKeeping onTime = keeping(DeliveryMark.delivered(0, DUE_A, T), DeliveryMark.delivered(1, DUE_B, T.plusSeconds(1)));
        assertThat(onTime.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(onTime.outcome()).contains(PromiseKeeping.Outcome.KEPT_ON_TIME);

        PromiseKeeping late = keeping(DeliveryMark.delivered(0, DUE_A, T), DeliveryMark.delivered(1, DUE_B.plusDays(3), T));
        assertThat(late.status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(late.outcome()).contains(PromiseKeeping.Outcome.LATE);
        assertThat(late.lines().get(1).daysLate()).isEqualTo(3);

        PromiseKeeping cancelled = keeping(DeliveryMark.delivered(0, DUE_A, T),
                DeliveryMark.cancelled(1, DUE_A, "the ERP vendor ended the interface", T));
        assertThat(cancelled.status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(cancelled.outcome()).contains(PromiseKeeping.Outcome.BROKEN);
    }

    @Test
    void aLaterMarkOfALineSupersedesTheEarlierOneWhateverTheOrderGiven() {
        PromiseKeeping corrected = keeping(DeliveryMark.delivered(1, DUE_B, T.plusSeconds(60)),
                DeliveryMark.delivered(1, DUE_B.plusDays(2), T), DeliveryMark.delivered(0, DUE_A, T));
        assertThat(corrected.lines().get(1).mark().on()).isEqualTo(DUE_B);
        assertThat(corrected.status()).isEqualTo(PromiseStatus.KEPT);
    }

    @Test
    void aWithdrawalEndsThePromiseWhateverItsLines() {
        PromiseKeeping withdrawn = keeping(DeliveryMark.delivered(0, DUE_A, T),
                DeliveryMark.withdrawn(DUE_A, "their project was stopped", T.plusSeconds(5)));
        assertThat(withdrawn.status()).isEqualTo(PromiseStatus.WITHDRAWN);
        assertThat(withdrawn.outcome()).contains(PromiseKeeping.Outcome.WITHDRAWN);
        assertThat(withdrawn.promiseNow().agreedOn()).isEqualTo(START);
    }

    @Test
    void aMarkIsRefusedBeforeAgreementForALineThatIsNotThereAndInTheFuture() {
        assertThatThrownBy(() -> PromiseKeeping.requireMarkable(agreed.withStatus(PromiseStatus.DRAFT),
                DeliveryMark.delivered(0, DUE_A, T), DUE_A)).hasMessageContaining("status is Draft");
        assertThatThrownBy(() -> PromiseKeeping.requireMarkable(agreed, DeliveryMark.delivered(2, DUE_A, T), DUE_A))
                .hasMessageContaining("there is no line 3");
        assertThatThrownBy(() -> PromiseKeeping.requireMarkable(agreed, DeliveryMark.delivered(0, DUE_B, T), DUE_A))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> DeliveryMark.cancelled(0, DUE_A, " ", T)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void aLineIsOverdueOnlyWhileOpenAfterItsDay() {
        PromiseKeeping some = keeping(DeliveryMark.delivered(0, DUE_A, T));
        assertThat(some.lines().get(0).overdue(DUE_B.plusDays(1))).isFalse();
        assertThat(some.lines().get(1).overdue(DUE_B)).isFalse();
        assertThat(some.lines().get(1).overdue(DUE_B.plusDays(1))).isTrue();
    }
}
