package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.ExceptionRequest.Decision;
import com.promisedesk.domain.ExceptionRequest.RoleDecision;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords.PulledPage;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** "Request approval…" and the request's state for the selected line, on a real store, without JavaFX. */
class LineExceptionRequestTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    private LocalStore store;
    private EditorViewModel editor;
    private LineExceptionRequest approval;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        Catalog catalog = CurrentCatalog.loadOrImportSample(store);
        Promise draft = Promise.draft(new Customer("Ostwind Spedition", "EU", null), "Telematics", EditorViewModelTest.START);
        editor = new EditorViewModel(draft, JudgingInUse.fixed(catalog), store.promises(), Threads.inline(),
                EditorViewModelTest.START);
        editor.addCapabilityLine("FLEET-CORE");
        approval = new LineExceptionRequest(editor, store.requests(), Threads.inline());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLineThatNeedsNoApprovalOffersNoRequest() {
        assertThat(approval.shownProperty().get()).isFalse();
        assertThat(approval.canRequestProperty().get()).isFalse();
        approval.reasonProperty().set("Because");
        approval.request();
        assertThat(store.requests().all()).isEmpty();
    }

    @Test
    void aRequestThatCouldNotBeStoredKeepsTheReasonForTheNextTryButNotForAnotherLine() {
        editor.setQuantity(0, 600);
        approval.reasonProperty().set("Their whole fleet goes live at once");
        store.close();  // the write fails as a full disk or a locked file would

        assertThat(approval.request()).as("sent to be stored").isTrue();

        assertThat(approval.problemProperty().get()).startsWith("Not requested: ");
        assertThat(approval.reasonProperty().get()).isEqualTo("Their whole fleet goes live at once");
        assertThat(approval.canRequestProperty().get()).as("it can be sent again").isTrue();
        editor.addCapabilityLine("FLEET-CORE");  // selects the new line
        assertThat(approval.reasonProperty().get()).isEmpty();
        assertThat(approval.problemProperty().get()).as("the old line's problem is not shown for the new one")
                .doesNotContain("Not requested");
        assertThat(log.takeErrors()).as("each failed write and read is logged")
                .allMatch(error -> error.startsWith("Work failed: ") && error.endsWith(": the local store is closed"))
                .anyMatch(error -> error.contains("could not request approval for line 1"));
    }

    @Test
    void theRequestIsStoredAndItsDecisionsReadInWords() {
        editor.setQuantity(0, 600);
        assertThat(approval.shownProperty().get()).isTrue();
        assertThat(approval.canRequestProperty().get()).isTrue();
        assertThat(approval.stateProperty().get()).isEmpty();

        approval.reasonProperty().set("  ");
        approval.request();
        assertThat(approval.problemProperty().get()).contains("Say why");
        assertThat(store.requests().all()).isEmpty();

        approval.reasonProperty().set("Their whole fleet goes live at once");
        approval.request();
        ExceptionRequest stored = store.requests().latest(editor.promiseProperty().get().id(), 0).orElseThrow();
        assertThat(stored.requested().quantity()).isEqualTo(600);
        assertThat(stored.approvers()).containsExactly("sales-lead", "product");
        assertThat(approval.stateProperty().get()).isEqualTo("Requested — waiting for sales-lead, product");
        assertThat(approval.canRequestProperty().get()).isFalse();
        assertThat(approval.statusProperty().get()).isEqualTo(Decision.PENDING);

        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        pulled(stored, Decision.PENDING, List.of(new RoleDecision("sales-lead", "lena", Decision.APPROVED, "Fine", at)));
        assertThat(approval.stateProperty().get())
                .isEqualTo("Requested — waiting for product\nApproved by sales-lead (lena): Fine");
        pulled(stored, Decision.REJECTED, List.of(new RoleDecision("sales-lead", "lena", Decision.APPROVED, "Fine", at),
                new RoleDecision("product", "pat", Decision.REJECTED, "Only 500 boxes in stock", at.plusSeconds(9))));
        assertThat(approval.stateProperty().get())
                .isEqualTo("Approved by sales-lead (lena): Fine\nRejected by product (pat): Only 500 boxes in stock");
        assertThat(approval.statusProperty().get()).isEqualTo(Decision.REJECTED);

        // The line changes: the request was for the line as it was; the rep may ask again.
        editor.setQuantity(0, 700);
        assertThat(approval.stateProperty().get()).isEqualTo(LineExceptionRequest.EARLIER);
        assertThat(approval.canRequestProperty().get()).isTrue();
        assertThat(approval.statusProperty().get()).isNull();
    }

    private void pulled(ExceptionRequest r, Decision status, List<RoleDecision> decisions) {
        store.sync().applyPulled(new PulledPage(List.of(), List.of(), List.of(), null, 1, true).withRequests(List.of(
                new ExceptionRequest(r.id(), r.promiseId(), r.line(), r.requested(), r.tier(), r.approvers(), r.reason(),
                        r.requestedAt(), status, decisions))));
        approval.refresh();
    }
}
