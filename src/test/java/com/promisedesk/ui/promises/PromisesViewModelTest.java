package com.promisedesk.ui.promises;

import com.promisedesk.SampleDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromisesViewModelTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyStoreShowsTheEmptyState() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            Catalog catalog = CurrentCatalog.loadOrImportSample(store);
            PromisesViewModel model = new PromisesViewModel(store.promises(), JudgingInUse.fixed(catalog), Threads.inline(),
                    SampleDay.CLOCK);
            model.refresh();
            assertThat(model.items()).isEmpty();
            assertThat(model.emptyProperty().get()).isTrue();
        }
    }

    @Test
    void everyPromiseShowsTheVerdictOfTheRealChecker() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            Catalog catalog = CurrentCatalog.loadOrImportSample(store);
            PromiseChecker checker = new PromiseChecker(catalog);
            for (String name : new String[] {"promise-northwind.json", "promise-ostwind.json", "promise-baltic.json"}) {
                store.promises().save(sample(name));
            }
            PromisesViewModel model = new PromisesViewModel(store.promises(), JudgingInUse.fixed(catalog), Threads.inline(),
                    SampleDay.CLOCK);

            model.refresh();

            assertThat(model.emptyProperty().get()).isFalse();
            assertThat(model.items()).hasSize(3);
            assertThat(model.summaryProperty().get()).isEqualTo("3 promises");
            for (PromiseListItem item : model.items()) {
                Promise promise = store.promises().find(item.id()).orElseThrow();
                var check = checker.check(promise, TeamBookings.none(), SampleDay.TODAY);
                assertThat(item.verdict()).isEqualTo(check.verdict());
                assertThat(item.verdictText()).startsWith(check.verdict().label());
                assertThat(item.customer()).isEqualTo(promise.customer().name());
            }
            assertThat(model.items()).extracting(PromiseListItem::verdict).doesNotHaveDuplicates();
        }
    }

    private Promise sample(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/com/promisedesk/sample/" + name)) {
            return PromiseFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }
}
