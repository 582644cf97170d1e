package com.promisedesk.desk;

import static com.promisedesk.desk.TodayScene.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Promise;
import com.promisedesk.domain.RiskKind;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.TodayRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's sections read from a real local store (see {@link TodayScene}). */
class TodayDeskTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeTheScene() throws Exception {
        TodayScene.write(dir);
    }

    private Today today(TodayDesk.NoticesSent notices) {
        try (LocalStore store = LocalStore.open(dir)) {
            Judging judging = Judging.of(store, CurrentCatalog.load(store).orElseThrow());
            return new TodayDesk(store, notices, ZoneOffset.UTC).load(judging, TODAY);
        }
    }

    @Test
    void listsWhatIsDueOrOverdueThisWeekOldestFirst() {
        Today today = today(TodayDesk.NoticesSent.NONE);
        assertThat(today.weekEnd()).isEqualTo("2026-12-13");
        assertThat(today.due()).extracting(d -> TodayWords.when(d) + " " + d.customer() + " " + d.what()).containsExactly(
                "Overdue since Tue 1 Dec 2026 Northwind Traders Deliver line 1: Fleet analytics platform",
                "Overdue since Fri 4 Dec 2026 Northwind Traders Chase Northwind Traders: Driver roster with licence numbers",
                "Overdue since Mon 7 Dec 2026 Northwind Traders Milestone 2: Depot survey",
                "Due Thu 10 Dec 2026 Baltic Freight Deliver line 1: Fleet analytics platform",
                "Due Fri 11 Dec 2026 Northwind Traders Deliver line 2: ELD hours of service");
    }

    @Test
    void listsThePromisesAtRiskWithEveryReason() {
        Today today = today(TodayDesk.NoticesSent.NONE);
        assertThat(today.atRisk()).extracting(Today.AtRisk::promiseId).containsExactly(TodayScene.CHICAGO, TodayScene.TACHO);
        assertThat(today.atRisk().get(0).reasons()).extracting(RiskReason::kind).containsExactly(RiskKind.LINE_OVERDUE,
                RiskKind.MILESTONE_OVERDUE, RiskKind.RESPONSIBILITY_OVERDUE);
        RiskReason roster = today.atRisk().get(0).reasons().get(2);
        assertThat(roster.line()).isEqualTo(1);
        assertThat(roster.honestDate()).isEqualTo("2026-12-16");
        assertThat(today.atRisk().get(1).reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RiskKind.CATALOG_WORSE);
            assertThat(r.words()).contains("catalog 2026.12.1").contains("2026.11.2").contains("retired");
        });
    }

    @Test
    void approvalDecisionsArriveUntilTheRepHasSeenThem() {
        assertThat(today(TodayDesk.NoticesSent.NONE).decisions()).singleElement().satisfies(d -> {
            assertThat(d.promiseId()).isEqualTo(TodayScene.TACHO);
            assertThat(d.approved()).isTrue();
        });
        try (LocalStore store = LocalStore.open(dir)) {
            store.today().markSeen(TodayRepository.APPROVALS, Instant.parse("2026-12-08T16:00:00Z"));
        }
        assertThat(today(TodayDesk.NoticesSent.NONE).decisions()).isEmpty();
    }

    @Test
    void customersToUpdateAreThoseAtRiskWithoutANoticeSince() {
        assertThat(today(TodayDesk.NoticesSent.NONE).toUpdate()).extracting(Today.ToUpdate::customer)
                .containsExactly("Northwind Traders", "Ostwind Logistik");
        Today noticed = today(() -> java.util.Map.of(TodayScene.CHICAGO, TODAY));
        assertThat(noticed.toUpdate()).extracting(Today.ToUpdate::customer).containsExactly("Ostwind Logistik");
    }

    @Test
    void relationshipTouchesAreRemindersOfThankYouRepeatAndAnniversary() {
        assertThat(today(TodayDesk.NoticesSent.NONE).touches()).extracting(t -> t.kind() + " " + t.customer())
                .containsExactly("THANK_YOU Baltic Freight", "THANK_YOU Northwind Traders", "REPEAT_CUSTOMER Northwind Traders",
                        "ANNIVERSARY Kestrel Haulage");
    }

    @Test
    void aPromiseChangedSinceTheLastLoadIsJudgedAgainByTheCatalogItWasAgreedUnder() {
        try (LocalStore store = LocalStore.open(dir)) {
            Judging judging = Judging.of(store, CurrentCatalog.load(store).orElseThrow());
            TodayDesk desk = new TodayDesk(store, TodayDesk.NoticesSent.NONE, ZoneOffset.UTC);
            assertThat(catalogWorseLines(desk.load(judging, TODAY))).containsExactly(0);
            Promise tacho = store.promises().find(TodayScene.TACHO).orElseThrow();
            store.promises().save(new Promise(tacho.id(), tacho.customer(), tacho.title(), tacho.start(), tacho.status(),
                    tacho.agreedOn(), List.of(tacho.lines().get(0), TodayScene.line("FLEET-TACHO", "2026-12-22")),
                    tacho.expectations(), tacho.responsibilities(), tacho.extras(), tacho.language()));

            assertThat(catalogWorseLines(desk.load(judging, TODAY))).containsExactly(0, 1);
        }
    }

    private static List<Integer> catalogWorseLines(Today today) {
        return today.atRisk().stream().filter(p -> p.promiseId().equals(TodayScene.TACHO)).flatMap(p -> p.reasons().stream())
                .filter(r -> r.kind() == RiskKind.CATALOG_WORSE).map(RiskReason::line).toList();
    }
}
