package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.NoticeKind;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.NoticeRepository.NoticeIssue;
import com.promisedesk.store.RevisionRepository.RevisionContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notice is drafted, issued with the promise's next revision in one write, marked sent once, and never edited after. */
class NoticeRepositoryTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final String SHA = "a".repeat(64);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Promise promise;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        promise = new Promise(UUID.randomUUID(), new Customer("Northwind Traders", "EU", null), "Fleet",
                DUE.minusDays(30), PromiseStatus.AGREED, DUE.minusDays(30), List.of(CommitmentLine.of("ONB-STD", 1, DUE)),
                List.of(), List.of(), List.of());
        store.promises().save(promise);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void issuingMakesTheNextRevisionAndSentIsRecordedOnce() {
        NoticeRow draft = store.notices().saveDraft(promise.id(), NoticeKind.CHANGE, Language.DE, "changed", null, "{}");
        NoticeRow edited = store.notices().saveDraft(promise.id(), NoticeKind.CHANGE, Language.DE, "changed again",
                "We add a second team.", "{}");
        assertThat(edited.id()).as("one draft at a time").isEqualTo(draft.id());
        int before = store.outbox().pendingCount();

        var issued = store.notices().issue(draft.id(), number -> issue(number));

        assertThat(issued.revision().revision().number()).isEqualTo(1);
        assertThat(store.revisions().list(promise.id())).hasSize(1);
        NoticeRow row = store.notices().find(draft.id()).orElseThrow();
        assertThat(row.revision()).isEqualTo(1);
        assertThat(row.sha256()).isEqualTo(SHA);
        assertThat(row.body()).isEqualTo("notice of revision 1");
        assertThat(row.plan()).isEqualTo("We add a second team.");
        assertThat(row.sent()).isFalse();
        // The revision and the notice each go to the outbox.
        assertThat(store.outbox().pendingCount()).isEqualTo(before + 2);
        assertThat(store.outbox().pending(10)).extracting(OutboxEntry::entity).contains("notice", "revision");

        NoticeRow sent = store.notices().markSent(draft.id());
        assertThat(sent.sentAt()).isNotNull();
        assertThat(store.notices().markSent(draft.id()).sentAt()).as("the first time is kept").isEqualTo(sent.sentAt());
        assertThat(store.outbox().pendingCount()).isEqualTo(before + 3);

        NoticeRow next = store.notices().saveDraft(promise.id(), NoticeKind.UPDATE, Language.DE, "reached", "-", "{}");
        assertThat(next.id()).as("an issued notice is never written over").isNotEqualTo(draft.id());
        assertThat(store.notices().ofPromise(promise.id())).hasSize(2);
    }

    @Test
    void aNoticeWithoutAPlanIsRefusedAndNothingIsIssued() {
        NoticeRow draft = store.notices().saveDraft(promise.id(), NoticeKind.CHANGE, Language.EN, "changed", "  ", "{}");
        int before = store.outbox().pendingCount();
        assertThatThrownBy(() -> store.notices().issue(draft.id(), this::issue))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("plan is missing");
        assertThat(store.revisions().list(promise.id())).isEmpty();
        assertThat(store.outbox().pendingCount()).isEqualTo(before);
        assertThatThrownBy(() -> store.notices().markSent(draft.id())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("draft");
    }

    @Test
    void aDraftPromiseGetsNoNotice() {
        Promise draft = Promise.draft(new Customer("Ostwind", "EU", null), "Draft", DUE);
        store.promises().save(draft);
        assertThatThrownBy(() -> store.notices().saveDraft(draft.id(), NoticeKind.CHANGE, Language.EN, "x", "y", "{}"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("agreed promise");
    }

    @Test
    void theDatabaseRefusesToEditAnIssuedNotice() throws Exception {
        NoticeRow draft = store.notices().saveDraft(promise.id(), NoticeKind.CHANGE, Language.EN, "c", "plan", "{}");
        store.notices().issue(draft.id(), this::issue);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "UPDATE notice SET plan = 'other' WHERE id = '" + draft.id() + "'"))
                    .hasMessageContaining("an issued notice is what the customer was given");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "DELETE FROM notice WHERE id = '" + draft.id() + "'")).hasMessageContaining("history");
        }
    }

    private NoticeIssue issue(int number) {
        return new NoticeIssue("notice of revision " + number, SHA,
                new RevisionContent("pdf", "b".repeat(64), ("summary " + number).getBytes(StandardCharsets.UTF_8)));
    }
}
