package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.MilestoneRow;
import com.promisedesk.sync.wire.DeliveryMarkUpload;
import com.promisedesk.sync.wire.DeliveryPushRequest;
import com.promisedesk.sync.wire.DeliveryPushResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Two devices of one rep (decision 0025): what one records after the handshake (revisions,
 * milestones, deliveries and the status they lead to) reaches the other, once, through a real
 * central store on loopback.
 */
abstract class HistoryPullScenarios extends CentralStoreScenarios {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 23);
    /** The day each line of {@link SyncPromises#agreed} is promised at, as the checker would say. */
    static final Function<Promise, List<LocalDate>> PROMISED = p -> List.of(LocalDate.of(2026, 12, 15),
            LocalDate.of(2026, 12, 18));

    final Random random = new Random(19_2026L);

    byte[] bytes(int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }

    @Test
    void aSecondDeviceGetsTheRevisionsMilestonesDeliveriesAndStatusOnceEach() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        Promise p = SyncPromises.agreed("Baltic Freight", "Telematics");
        laptop.save(p);
        laptop.issue(p.id(), bytes(300_000));
        laptop.issue(p.id(), bytes(2_000));
        laptop.store().milestones().add(p.id(), "Workspace set up", LocalDate.of(2026, 12, 1));
        laptop.store().milestones().add(p.id(), "Admins trained", LocalDate.of(2026, 12, 15));
        laptop.store().milestones().markDone(p.id(), 1, true);
        laptop.store().deliveries().record(p.id(), DeliveryMark.delivered(0, LocalDate.of(2026, 12, 14),
                Instant.parse("2026-12-14T10:00:00Z")), PROMISED, TODAY);
        laptop.store().deliveries().record(p.id(), DeliveryMark.delivered(1, LocalDate.of(2026, 12, 21),
                Instant.parse("2026-12-21T10:00:00Z")), PROMISED, TODAY);
        assertThat(laptop.promise(p.id()).status()).isEqualTo(PromiseStatus.BROKEN);

        assertThat(laptop.sync().pushed()).isEqualTo(1 + 2 + 3 + 2);
        SyncRound.Summary pulled = tablet.sync();

        assertThat(pulled.notices()).isEmpty();
        assertThat(tablet.promise(p.id()).status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(tablet.revisionHashes(p.id())).isEqualTo(laptop.revisionHashes(p.id())).hasSize(2);
        assertThat(tablet.store().revisions().list(p.id())).isEqualTo(laptop.store().revisions().list(p.id()));
        assertThat(tablet.store().milestones().list(p.id())).isEqualTo(laptop.store().milestones().list(p.id()))
                .extracting(MilestoneRow::position, r -> r.milestone().text(), r -> r.milestone().done())
                .containsExactly(tuple(1, "Workspace set up", true), tuple(2, "Admins trained", false));
        assertThat(tablet.store().deliveries().marksOf(p.id())).isEqualTo(laptop.store().deliveries().marksOf(p.id()))
                .hasSize(2);
        assertThat(tablet.store().deliveries().keepingOf(tablet.promise(p.id()), PROMISED.apply(p)).status())
                .isEqualTo(PromiseStatus.BROKEN);
        // Nothing pulled goes up again from the tablet, and rounds after change nothing.
        assertThat(tablet.store().sync().pendingChanges()).isZero();
        assertThat(tablet.sync().pulled()).isZero();
        assertThat(laptop.sync().pushed()).isZero();
        assertThat(tablet.store().deliveries().marksOf(p.id())).hasSize(2);
        assertThat(central.count("SELECT count(*) FROM delivery_mark")).isEqualTo(2);
    }

    @Test
    void aMilestoneTakesItsLatestStateOnEveryDevice() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        Promise p = SyncPromises.agreed("Northwind Traders", "Fleet analytics");
        laptop.save(p);
        laptop.store().milestones().add(p.id(), "Go live", LocalDate.of(2027, 1, 29));
        laptop.sync();
        tablet.sync();
        Thread.sleep(5);
        tablet.store().milestones().markDone(p.id(), 1, true);
        tablet.sync();

        laptop.sync();

        assertThat(laptop.store().milestones().list(p.id())).singleElement()
                .satisfies(row -> assertThat(row.milestone().done()).isTrue());
        assertThat(laptop.store().sync().pendingChanges()).isZero();
    }

    @Test
    void aPushOfMarksRetriedAfterALostAnswerStoresEachOnce() throws Exception {
        Device laptop = device("laptop", central.token("anna", "rep"));
        Promise p = SyncPromises.agreed("Ostwind Logistics", "Depot rollout");
        laptop.save(p);
        laptop.sync();
        laptop.store().deliveries().record(p.id(), DeliveryMark.delivered(0, LocalDate.of(2026, 12, 10),
                Instant.parse("2026-12-10T09:00:00Z")), PROMISED, TODAY);
        DeliveryPushRequest request = new DeliveryPushRequest(laptop.store().sync().deliveryUploads().pending(10).stream()
                .map(m -> new DeliveryMarkUpload(m.changeId(), m.promiseId(), m.mark().line(), m.mark().kind().name(),
                        m.mark().on(), m.mark().reason(), m.mark().recordedAt())).toList());

        // The mark reaches the central store but its answer is lost: the outbox still holds it.
        assertThat(laptop.client().pushDeliveries(request).results()).extracting(DeliveryPushResponse.Result::outcome)
                .containsExactly("applied");
        assertThat(laptop.client().pushDeliveries(request).results()).extracting(DeliveryPushResponse.Result::outcome)
                .containsExactly("duplicate");
        laptop.sync();

        assertThat(laptop.store().sync().pendingChanges()).isZero();
        assertThat(central.count("SELECT count(*) FROM delivery_mark")).isEqualTo(1);
        assertThat(laptop.store().deliveries().marksOf(p.id())).hasSize(1);
    }

    @Test
    void aMarkForAnotherRepsPromiseIsRefusedAndNothingOfItStored() throws Exception {
        Device anna = device("anna", central.token("anna", "rep"));
        Device bert = device("bert", central.token("bert", "rep"));
        Promise annas = SyncPromises.agreed("Northwind Traders", "Fleet analytics");
        anna.save(annas);
        anna.sync();
        DeliveryMarkUpload mark = new DeliveryMarkUpload(UUID.randomUUID(), annas.id(), 0, "DELIVERED",
                LocalDate.of(2026, 12, 10), null, Instant.now());

        assertThatThrownBy(() -> bert.client().pushDeliveries(new DeliveryPushRequest(List.of(mark))))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(central.count("SELECT count(*) FROM delivery_mark")).isZero();
        // Anna's own devices see nothing of it either.
        assertThat(anna.sync().pulled()).isZero();
    }

    @Test
    void aRevisionNumberIssuedOnBothDevicesKeepsEachDevicesOwnAndTellsTheRep() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        Promise p = SyncPromises.agreed("Baltic Freight", "Depot rollout");
        laptop.save(p);
        laptop.sync();
        tablet.sync();
        laptop.issue(p.id(), bytes(2_000));
        tablet.issue(p.id(), bytes(3_000));
        String tabletOwn = tablet.revisionHashes(p.id()).get(1);
        laptop.sync();
        // The tablet hears it once, though its push and its pull both meet the other content.
        assertThat(tablet.sync().notices()).singleElement().asString().contains("Revision 1 of promise " + p.id());

        SyncRound.Summary later = laptop.sync();

        assertThat(later.notices()).singleElement().asString().contains("Revision 1 of promise " + p.id())
                .contains("this device keeps its own");
        assertThat(tablet.revisionHashes(p.id()).get(1)).isEqualTo(tabletOwn);
        assertThat(laptop.revisionHashes(p.id()).get(1)).isNotEqualTo(tabletOwn);
    }

    @Test
    void aPageOfOneRecordBringsThePromiseBeforeItsMilestoneAndMark() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        Promise p = SyncPromises.agreed("Nordlicht GmbH", "Dispatch training");
        laptop.save(p);
        laptop.store().milestones().add(p.id(), "Trainers booked", LocalDate.of(2026, 12, 1));
        laptop.store().deliveries().record(p.id(), DeliveryMark.delivered(0, LocalDate.of(2026, 12, 10),
                Instant.parse("2026-12-10T09:00:00Z")), PROMISED, TODAY);
        laptop.sync();
        // Edited after: the promise now sits in the feed after its milestone and its mark.
        laptop.save(SyncPromises.retitled(laptop.promise(p.id()), "Dispatch training, phase 1"));
        laptop.sync();

        tablet.sync(SyncRound.DEFAULT_BATCH, 1);

        assertThat(tablet.promise(p.id()).title()).isEqualTo("Dispatch training, phase 1");
        assertThat(tablet.store().milestones().list(p.id())).extracting(r -> r.milestone().text())
                .containsExactly("Trainers booked");
        assertThat(tablet.store().deliveries().marksOf(p.id())).isEqualTo(laptop.store().deliveries().marksOf(p.id()))
                .hasSize(1);
        assertThat(tablet.store().sync().pendingChanges()).isZero();
    }

    @Test
    void anIssuedNoticeAndItsSendingReachTheOtherDeviceOnce() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        Promise p = SyncPromises.agreed("Baltic Freight", "Telematics");
        laptop.save(p);
        var draft = laptop.store().notices().saveDraft(p.id(), com.promisedesk.domain.NoticeKind.CHANGE,
                com.promisedesk.domain.Language.DE, "Line 2 moves", "We deliver on 22 December", "{\"text\":\"<b>x</b>\"}");
        laptop.store().notices().issue(draft.id(), n -> new com.promisedesk.store.NoticeRepository.NoticeIssue(
                "notice of revision " + n, "a".repeat(64), new com.promisedesk.store.RevisionRepository.RevisionContent(
                        "pdf", "b".repeat(64), ("summary " + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        laptop.sync();

        tablet.sync();
        var pulled = tablet.store().notices().find(draft.id()).orElseThrow();
        assertThat(pulled).isEqualTo(laptop.store().notices().find(draft.id()).orElseThrow());
        assertThat(pulled.issued()).isTrue();
        assertThat(pulled.sent()).isFalse();
        assertThat(tablet.revisionHashes(p.id())).isEqualTo(laptop.revisionHashes(p.id())).hasSize(1);

        laptop.store().notices().markSent(draft.id());
        assertThat(laptop.sync().pushed()).isEqualTo(1);
        tablet.sync();
        assertThat(tablet.store().notices().find(draft.id()).orElseThrow().sentAt())
                .isEqualTo(laptop.store().notices().find(draft.id()).orElseThrow().sentAt()).isNotNull();
        assertThat(tablet.store().sync().pendingChanges()).isZero();
        assertThat(tablet.sync().pulled()).isZero();
        assertThat(central.count("SELECT count(*) FROM notice")).isEqualTo(1);
    }
}
