package com.promisedesk.ui.readback;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.check.PromiseChecker;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.editor.EditorViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadBackViewModelTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dataDir;

    @Test
    void stepsThroughExpectationsThenCommitmentsAndSavesTheMarks() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            Catalog catalog = CurrentCatalog.loadOrImportSample(store);
            PromiseChecker checker = new PromiseChecker(catalog);
            EditorViewModel editor = new EditorViewModel(Promise.draft(new Customer("Northwind", "EU", null),
                    "Rollout", START), JudgingInUse.fixed(catalog), store.promises(), Threads.inline(), START);
            editor.addCapabilityLine("SSO-SETUP");
            editor.addCapabilityLine("FLEET-CORE");
            editor.setQuantity(1, 600);
            editor.addExpectation("Single sign-on for every dispatcher");
            editor.addExpectation("Dashboards on day one");
            editor.addExpectation("Runs on our own servers");

            ReadBackViewModel readBack = new ReadBackViewModel(editor, catalog, checker, START, store.confirmations(),
                    java.time.Clock.systemUTC(), Threads.inline());

            assertThat(readBack.size()).isEqualTo(5);
            assertThat(readBack.progressProperty().get()).isEqualTo("1 of 5");
            assertThat(readBack.currentProperty().get().quote()).isEqualTo("“Single sign-on for every dispatcher”");
            readBack.confirm();
            readBack.clarify("Dashboards for the Hamburg depot on day one");
            readBack.notMet();
            assertThat(readBack.progressProperty().get()).isEqualTo("4 of 5");

            List<String> commitments = new ArrayList<>();
            commitments.add(readBack.currentProperty().get().heading() + ": " + readBack.currentProperty().get().detail());
            readBack.next();
            commitments.add(readBack.currentProperty().get().heading() + ": " + readBack.currentProperty().get().detail());
            assertThat(commitments.get(0)).startsWith("We will deliver: By Mon 7 Dec 2026.");
            assertThat(commitments.get(1)).isEqualTo("Not yet promised: We will confirm this by Thu 26 Nov 2026.");
            assertThat(commitments).noneMatch(c -> c.contains("tier") || c.contains("sales-lead"));

            Promise saved = store.promises().find(editor.promiseProperty().get().id()).orElseThrow();
            assertThat(saved.status()).isEqualTo(PromiseStatus.READ_BACK);
            assertThat(saved.expectations()).extracting(e -> e.status()).containsExactly(
                    ExpectationStatus.CONFIRMED, ExpectationStatus.CLARIFIED, ExpectationStatus.NOT_MET);
            assertThat(saved.expectations().get(1).text()).isEqualTo("Dashboards on day one");
            assertThat(saved.expectations().get(1).clarified()).isEqualTo("Dashboards for the Hamburg depot on day one");
        }
    }
}
