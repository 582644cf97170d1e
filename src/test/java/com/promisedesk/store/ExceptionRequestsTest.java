package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.ExceptionRequest.Decision;
import com.promisedesk.domain.ExceptionRequest.RoleDecision;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.SyncRecords.PulledPage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exception requests in the local store: written with their outbox entry, held for the line as it was. */
class ExceptionRequestsTest {

    private static final List<String> TIER_2 = List.of("sales-lead", "product");

    @TempDir
    Path dir;

    private LocalStore store;
    private Promise promise;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir, new TickingClock(Instant.parse("2026-11-23T08:00:00Z")));
        promise = Promises.full(UUID.randomUUID());
        store.promises().save(promise);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRequestIsStoredWithItsOutboxEntryAndTheLineAsItWas() {
        int outboxBefore = store.outbox().pendingCount();
        ExceptionRequest r = store.requests().request(promise.id(), 1, 2, TIER_2, "  Their fleet runs at night  ");

        assertThat(store.outbox().pendingCount()).isEqualTo(outboxBefore + 1);
        assertThat(store.requests().pendingCount()).isEqualTo(1);
        ExceptionRequest stored = store.requests().latest(promise.id(), 1).orElseThrow();
        assertThat(stored).isEqualTo(r);
        assertThat(stored.reason()).isEqualTo("Their fleet runs at night");
        assertThat(stored.requested().terms()).isEqualTo(Map.of("responseHours", new BigDecimal("4.0"),
                "uptimePercent", new BigDecimal("99.95")));
        assertThat(stored.requested().underPromiseReason()).isNull();
        assertThat(stored.status()).isEqualTo(Decision.PENDING);
        assertThat(stored.waitingFor()).isEqualTo(TIER_2);
        assertThat(store.requests().pendingPushes(10)).containsExactly(r);

        store.requests().acknowledge(List.of(r.id()));
        assertThat(store.requests().pendingCount()).isZero();
        assertThat(store.requests().all()).extracting(l -> l.customer() + " · " + l.title())
                .containsExactly("Northwind Traders · Fleet analytics rollout");
    }

    @Test
    void aRequestHoldsForTheLineAsItWasAndAChangedLineCanBeRequestedAgain() {
        ExceptionRequest first = store.requests().request(promise.id(), 0, 2, TIER_2, "Go-live before the freeze");
        CommitmentLine asRequested = promise.lines().get(0);
        assertThat(first.covers(asRequested, 2)).isTrue();
        assertThat(first.covers(asRequested, 3)).as("judged at another tier").isFalse();
        assertThat(first.covers(asRequested.withDate(LocalDate.of(2026, 12, 14)), 2)).isFalse();
        assertThatThrownBy(() -> store.requests().request(promise.id(), 0, 2, TIER_2, "Again"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already requested");

        List<CommitmentLine> lines = new ArrayList<>(promise.lines());
        lines.set(0, asRequested.withDate(LocalDate.of(2026, 12, 14)));
        store.promises().save(new Promise(promise.id(), promise.customer(), promise.title(), promise.start(),
                promise.status(), lines, promise.expectations(), promise.responsibilities(), promise.extras()));
        ExceptionRequest second = store.requests().request(promise.id(), 0, 2, TIER_2, "One day earlier");

        assertThat(store.requests().latest(promise.id(), 0)).contains(second);
        assertThat(store.requests().forPromise(promise.id())).containsExactly(second, first);
        // Another tier for the same line is a new request as well.
        assertThat(store.requests().request(promise.id(), 0, 3, List.of("sales-lead", "product", "engineering"),
                "Now tier 3").tier()).isEqualTo(3);
    }

    @Test
    void aRequestNeedsAReasonAndALineThatExists() {
        assertThatThrownBy(() -> store.requests().request(promise.id(), 0, 2, TIER_2, "  "))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> store.requests().request(promise.id(), 7, 2, TIER_2, "Why"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("8 is not a line");
        assertThatThrownBy(() -> store.requests().request(UUID.randomUUID(), 0, 2, TIER_2, "Why"))
                .isInstanceOf(StoreException.class).hasMessageContaining("no promise");
        assertThat(store.requests().all()).isEmpty();
        assertThat(store.requests().pendingCount()).isZero();
    }

    @Test
    void pulledDecisionsReplaceTheStatusInThePagesTransaction() {
        ExceptionRequest r = store.requests().request(promise.id(), 2, 3, TIER_2, "ERP export is the deal");
        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        ExceptionRequest decided = new ExceptionRequest(r.id(), r.promiseId(), r.line(), r.requested(), r.tier(),
                r.approvers(), r.reason(), r.requestedAt(), Decision.REJECTED, List.of(
                        new RoleDecision("sales-lead", "lena", Decision.APPROVED, null, at),
                        new RoleDecision("product", "pat", Decision.REJECTED, "No ERP team until March", at.plusSeconds(60))));

        store.sync().applyPulled(new PulledPage(List.of(), List.of(), List.of(), null, 9, true).withRequests(List.of(decided)));

        assertThat(store.requests().latest(promise.id(), 2)).contains(decided);
        assertThat(store.sync().cursor().position()).isEqualTo(9);
        assertThat(ExceptionRequest.outcome(TIER_2, decided.decisions())).isEqualTo(Decision.REJECTED);
        assertThat(ExceptionRequest.outcome(TIER_2, decided.decisions().subList(0, 1))).isEqualTo(Decision.PENDING);
    }

    @Test
    void aLineIsApprovedOnlyAsItWasRequestedAndAtTheTierItNeedsNow() {
        ExceptionRequest r = store.requests().request(promise.id(), 2, 2, TIER_2, "ERP export is the deal");
        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        ExceptionRequest approved = new ExceptionRequest(r.id(), r.promiseId(), r.line(), r.requested(), r.tier(),
                r.approvers(), r.reason(), r.requestedAt(), Decision.APPROVED, List.of(
                        new RoleDecision("sales-lead", "lena", Decision.APPROVED, null, at),
                        new RoleDecision("product", "pat", Decision.APPROVED, null, at.plusSeconds(60))));
        store.requests().request(promise.id(), 0, 2, TIER_2, "Still waiting");

        assertThat(store.requests().approvedLines(promise, Map.of(0, 2, 2, 2))).as("nothing decided yet").isEmpty();
        store.sync().applyPulled(new PulledPage(List.of(), List.of(), List.of(), null, 9, true)
                .withRequests(List.of(approved)));

        assertThat(store.requests().approvedLines(promise, Map.of(0, 2, 2, 2))).containsExactly(2);
        assertThat(store.requests().approvedLines(promise, Map.of(2, 3))).as("the line needs tier 3 now").isEmpty();
        List<CommitmentLine> lines = new ArrayList<>(promise.lines());
        lines.set(2, lines.get(2).withQuantity(lines.get(2).quantity() + 1));
        Promise changed = new Promise(promise.id(), promise.customer(), promise.title(), promise.start(),
                promise.status(), lines, promise.expectations(), promise.responsibilities(), promise.extras());
        assertThat(store.requests().approvedLines(changed, Map.of(2, 2))).as("changed since it was approved").isEmpty();

        store.promises().save(changed);
        store.requests().request(promise.id(), 2, 2, TIER_2, "One more seat");  // newest: pending
        store.promises().save(promise);
        assertThat(store.requests().approvedLines(promise, Map.of(2, 2)))
                .as("the newest request decides, even when an older one covers the line").isEmpty();
    }

    @Test
    void aRejectedRequestApprovesNothing() {
        ExceptionRequest r = store.requests().request(promise.id(), 2, 2, TIER_2, "ERP export is the deal");
        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        store.sync().applyPulled(new PulledPage(List.of(), List.of(), List.of(), null, 9, true).withRequests(List.of(
                new ExceptionRequest(r.id(), r.promiseId(), r.line(), r.requested(), r.tier(), r.approvers(), r.reason(),
                        r.requestedAt(), Decision.REJECTED, List.of(
                                new RoleDecision("sales-lead", "lena", Decision.REJECTED, "Not this quarter", at))))));

        assertThat(store.requests().approvedLines(promise, Map.of(2, 2))).isEmpty();
        assertThat(store.requests().rejectedLines(promise, Map.of(2, 2))).containsExactly(2);
        assertThat(store.requests().rejectedLines(promise, Map.of(2, 3))).as("the line needs tier 3 now").isEmpty();
        List<CommitmentLine> lines = new ArrayList<>(promise.lines());
        lines.set(2, lines.get(2).withQuantity(lines.get(2).quantity() + 1));
        assertThat(store.requests().rejectedLines(promise.withLines(lines), Map.of(2, 2)))
                .as("changed since it was rejected: it awaits a new request").isEmpty();
    }
}
