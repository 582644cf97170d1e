package com.promisedesk.ui.sync;

import com.promisedesk.SampleDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.Judging;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.CatalogVersions;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "What changed" when a new catalog version comes into use: real store, real checker, no JavaFX toolkit. */
class CatalogNewsViewModelTest {

    static final LocalDate START = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private JudgingInUse inUse;
    private CatalogNewsViewModel news;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        inUse = JudgingInUse.of(store, Judging.of(CurrentCatalog.loadOrImportSample(store)), Threads.inline());
        news = new CatalogNewsViewModel(inUse, store.promises(), Threads.inline(), SampleDay.CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Promise promise(String customer, PromiseStatus status, CommitmentLine... lines) {
        Promise promise = Promise.draft(new Customer(customer, "EU", null), "Fleet rollout", START)
                .withLines(List.of(lines)).withStatus(status);
        store.promises().save(promise);
        return promise;
    }

    @Test
    void namesWhatWasAddedChangedAndRetiredAndWhichOpenLinesAreJudgedDifferently() {
        promise("Northwind Traders", PromiseStatus.DRAFT, CommitmentLine.of("FLEET-CORE", 600, null),
                CommitmentLine.of("FLEET-ROUTE", 1, null));
        promise("Ostwind Logistik", PromiseStatus.READ_BACK, CommitmentLine.of("FLEET-ROUTE", 1, null));
        promise("Baltic Freight", PromiseStatus.AGREED, CommitmentLine.of("FLEET-CORE", 600, null));
        assertThat(news.headlineProperty().get()).as("nothing to say before a new catalog").isEmpty();

        CatalogVersions.importNext(store);
        inUse.reload(failure -> { throw new AssertionError(failure); });

        CatalogNews shown = news.newsProperty().get();
        assertThat(news.headlineProperty().get()).isEqualTo("Catalog 2026.12.1 — 1 added, 2 changed, 1 retired");
        assertThat(shown.added()).containsExactly(new CatalogNews.Entry("HW-DOOR-SENSOR", "Trailer door sensor",
                List.of()));
        assertThat(shown.changed()).extracting(CatalogNews.Entry::code).containsExactly("FLEET-CORE", "SSO-SETUP");
        assertThat(shown.changed().get(0).what()).containsExactly("Quantity per line: Up to 500 → Up to 1000 (standard)");
        assertThat(shown.changed().get(1).what()).containsExactly(
                "Lead time: 10 business days → 15 business days (standard)");
        assertThat(shown.retired()).extracting(CatalogNews.Entry::name).containsExactly("Remote quick start");
        assertThat(news.promisesLineProperty().get()).as("the agreed promise is not an open one")
                .isEqualTo("1 of your 2 open promises has lines judged differently now: see what changed.");
        assertThat(shown.rejudged()).containsExactly(new CatalogNews.Rejudged("Northwind Traders · Fleet rollout",
                List.of("Line 1 (Fleet analytics platform): Needs approval · tier 2 → Standard")));
    }

    @Test
    void saysWhenTheOpenPromisesAreJudgedAsBeforeAndShowsTheListOnRequest() {
        promise("Ostwind Logistik", PromiseStatus.DRAFT, CommitmentLine.of("FLEET-ROUTE", 1, null));
        news.toggleList();
        assertThat(news.listShownProperty().get()).as("no list before there is news").isFalse();

        CatalogVersions.importNext(store);
        inUse.reload(failure -> { throw new AssertionError(failure); });

        assertThat(news.promisesLineProperty().get()).isEqualTo("Every line of your open promise is judged as before.");
        news.toggleList();
        assertThat(news.listShownProperty().get()).isTrue();
        news.toggleList();
        assertThat(news.listShownProperty().get()).isFalse();
    }
}
