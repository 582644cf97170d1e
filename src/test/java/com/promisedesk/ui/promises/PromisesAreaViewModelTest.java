package com.promisedesk.ui.promises;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.SampleDay;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.editor.EditorViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Promises screen without a toolkit: a real local store, work run inline, the sample day as the app's clock. */
class PromisesAreaViewModelTest {

    @TempDir
    Path dataDir;

    private LocalStore store;
    private PromisesAreaViewModel model;
    private final List<String> status = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Files.writeString(dataDir.resolve("profile.properties"), "company=Contoso Fleet GmbH\nrep=Mara Lind\n",
                StandardCharsets.UTF_8);
        store = LocalStore.open(dataDir);
        Catalog catalog = CurrentCatalog.loadOrImportSample(store);
        model = new PromisesAreaViewModel(store, JudgingInUse.of(store, Judging.of(store, catalog), Threads.inline()),
                Threads.inline(), SampleDay.CLOCK, status::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPromiseOpensWithItsLinesCapabilitiesReadInTheBackgroundNotByTheEditorOnTheScreen() {
        Catalog stored = CurrentCatalog.load(store).orElseThrow();
        PromisesAreaViewModel area = new PromisesAreaViewModel(store,
                JudgingInUse.of(store, Judging.of(store, stored), Threads.inline()), Threads.inline(), SampleDay.CLOCK,
                status::add);
        Promise promise = Promise.draft(new Customer("Ostwind Logistik", "EU", null), "Rollout", SampleDay.TODAY)
                .withLines(List.of(CommitmentLine.of("ONB-STD", 1, null), CommitmentLine.of("SSO-SETUP", 1, null)));
        store.promises().save(promise);
        List<Promise> shown = new ArrayList<>();

        area.open(promise.id(), shown::add);
        // From here on nothing can be read from the store: what the editor asks for must be kept already.
        store.close();

        assertThat(shown).singleElement().extracting(Promise::id).isEqualTo(promise.id());
        assertThat(stored.capability("ONB-STD")).isPresent();
        assertThat(stored.capability("SSO-SETUP")).isPresent();
    }

    @Test
    void aNewDraftStartsOnTheAppsDayAndIsSavedBeforeItIsShown() {
        List<Promise> shown = new ArrayList<>();

        model.draftNew(shown::add);

        assertThat(shown).singleElement().satisfies(draft -> {
            assertThat(draft.start()).isEqualTo(SampleDay.TODAY);
            assertThat(store.promises().find(draft.id())).isPresent();
        });
        assertThat(status).containsExactly("New draft saved");
    }

    @Test
    void deliveryStartsOnceThePromiseIsAgreed() {
        Promise draft = Promise.draft(new Customer("Ostwind Logistik", "EU", null), "Rollout", SampleDay.TODAY);
        store.promises().save(draft);
        List<PromisesAreaViewModel.Delivery> shown = new ArrayList<>();

        model.deliveryOf(draft.id(), shown::add);
        assertThat(shown).isEmpty();
        assertThat(status).containsExactly("Delivery starts once the promise is agreed");

        store.promises().save(draft.withStatus(PromiseStatus.AGREED));
        model.deliveryOf(draft.id(), shown::add);
        assertThat(shown).singleElement().extracting(PromisesAreaViewModel.Delivery::title)
                .isEqualTo("Ostwind Logistik · Rollout");
    }

    @Test
    void theSummaryIsIssuedOnTheAppsDayAndSentByTheProfileAsTheEditorJudgesIt() {
        Promise draft = Promise.draft(new Customer("Ostwind Logistik", "EU", null), "Rollout", SampleDay.TODAY);
        store.promises().save(draft);
        EditorViewModel editor = model.editorOf(draft);
        List<PromisesAreaViewModel.SummaryToShow> shown = new ArrayList<>();

        model.summaryOf(editor, shown::add);

        assertThat(shown).singleElement().extracting(PromisesAreaViewModel.SummaryToShow::written).satisfies(written -> {
            assertThat(written.printing().date()).isEqualTo(SampleDay.TODAY);
            assertThat(written.sender().company()).isEqualTo("Contoso Fleet GmbH");
            assertThat(written.judging()).isSameAs(editor.judging());
            assertThat(written.promise()).isEqualTo(editor.promiseProperty().get());
        });
    }
}
