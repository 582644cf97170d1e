package com.promisedesk.ui.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Approvals screen's rows, read from a real store, without JavaFX. */
class ApprovalsViewModelTest {

    @TempDir
    Path dataDir;

    @Test
    void listsTheRepsRequestsWithWhoIsStillToDecide() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            Promise promise = Promise.draft(new Customer("Ostwind Spedition", "EU", null), "Telematics",
                    LocalDate.of(2026, 11, 23)).withLines(List.of(CommitmentLine.of("HW-BOX-G3", 450,
                    LocalDate.of(2026, 12, 14))));
            store.promises().save(promise);
            ApprovalsViewModel model = new ApprovalsViewModel(store.requests(), Threads.inline());
            model.refresh();
            assertThat(model.rows()).isEmpty();
            assertThat(model.messageProperty().get()).isEmpty();

            store.requests().request(promise.id(), 0, 2, List.of("sales-lead", "product"), "Season starts in March");
            model.refresh();

            assertThat(model.rows()).containsExactly(new ApprovalsViewModel.Row("Ostwind Spedition", "Telematics",
                    "Line 1 · HW-BOX-G3 × 450 · Mon 14 Dec 2026", "2", "Pending", "sales-lead, product", ""));
            assertThat(model.messageProperty().get()).startsWith("1 of 1 waiting for a decision");
        }
    }
}
