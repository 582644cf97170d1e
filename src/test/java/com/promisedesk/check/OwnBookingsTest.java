package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.TODAY;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rule 6 across the rep's own promises: each is judged against the others and the team. */
class OwnBookingsTest {

    private static final LocalDate START = day("2026-11-23");
    private static final LocalDate THU_WEEK_49 = day("2026-12-03");
    private final PromiseChecker checker = new PromiseChecker(catalog()
            .with(capability("ONB").name("Onboarding").leadTime(3).perWeek(4)).build());

    private static Promise own(PromiseStatus status, int units, LocalDate date) {
        Promise p = promise(START, line("ONB", units, date));
        return new Promise(UUID.randomUUID(), p.customer(), p.title(), p.start(), status, p.lines(), p.expectations(),
                p.responsibilities(), p.extras());
    }

    @Test
    void twoPromisesThatEachFitButTogetherOverbookAWeekBothNeedApproval() {
        Promise first = own(PromiseStatus.AGREED, 3, THU_WEEK_49);
        Promise second = own(PromiseStatus.DRAFT, 2, THU_WEEK_49);
        OwnBookings own = OwnBookings.of(List.of(first, second), checker);

        assertThat(checker.check(second, TeamBookings.none(), TODAY).verdict()).as("alone").isEqualTo(Verdict.STANDARD);
        assertThat(checker.check(second, own.around(second, TeamBookings.none()), TODAY).verdict())
                .isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(checker.check(first, own.around(first, TeamBookings.none()), TODAY).verdict())
                .isEqualTo(Verdict.NEEDS_APPROVAL);
    }

    @Test
    void aroundAddsTheTeamLeavesThePromiseItselfOutAndSkipsWithdrawnOnes() {
        Promise agreed = own(PromiseStatus.AGREED, 3, THU_WEEK_49);
        Promise undated = own(PromiseStatus.DRAFT, 1, null);
        Promise withdrawn = own(PromiseStatus.WITHDRAWN, 4, THU_WEEK_49);
        OwnBookings own = OwnBookings.of(List.of(agreed, undated, withdrawn), checker);
        TeamBookings team = new TeamBookings(Map.of(TeamBookings.Key.of("ONB", THU_WEEK_49), 1));

        // Each is judged against everything else in the weeks its own lines fall in.
        assertThat(own.around(agreed, team).booked()).isEqualTo(Map.of(TeamBookings.Key.of("ONB", THU_WEEK_49), 1));
        assertThat(own.around(withdrawn, team).booked()).isEqualTo(Map.of(TeamBookings.Key.of("ONB", THU_WEEK_49), 4));
        // A new promise in both weeks: the undated line booked E, three business days after Mon 23 Nov (Thu 26 Nov).
        Promise next = promise(START, line("ONB", 1, day("2026-11-26")), line("ONB", 1, THU_WEEK_49));
        assertThat(own.around(next, team).booked()).isEqualTo(Map.of(TeamBookings.Key.of("ONB", day("2026-11-26")), 1,
                TeamBookings.Key.of("ONB", THU_WEEK_49), 4));
        assertThat(OwnBookings.of(List.of(agreed), checker)).isEqualTo(OwnBookings.of(List.of(agreed, withdrawn), checker))
                .isNotEqualTo(OwnBookings.none());
    }
}
