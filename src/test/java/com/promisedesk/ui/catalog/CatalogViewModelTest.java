package com.promisedesk.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Category;
import com.promisedesk.store.CapabilityRow;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.Choice;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Catalog screen's decisions, against a real store holding the sample catalog; no JavaFX toolkit. */
class CatalogViewModelTest {

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Catalog catalog;
    private CatalogViewModel model;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        catalog = CurrentCatalog.loadOrImportSample(store);
        model = new CatalogViewModel(store.catalogs(), JudgingInUse.fixed(catalog), Threads.inline());
        model.search();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsTheWholeCatalogBeforeAnythingIsTyped() {
        assertThat(model.results()).hasSize(catalog.capabilities().size());
        assertThat(model.summaryProperty().get()).isEqualTo(
                catalog.capabilities().size() + " capabilities in catalog " + catalog.version());
    }

    @Test
    void typingNarrowsTheListAndSelectsTheFirstMatch() {
        Capability wanted = catalog.capabilities().get(catalog.capabilities().size() / 2);

        model.queryProperty().set(wanted.code());

        assertThat(model.results()).extracting(CapabilityRow::code).contains(wanted.code());
        assertThat(model.results().size()).isLessThan(catalog.capabilities().size());
        assertThat(model.selectedProperty().get()).isEqualTo(model.results().get(0));
        assertThat(model.summaryProperty().get()).endsWith("capabilities match");
    }

    @Test
    void selectingShowsTheLadderInWords() {
        Capability withStretch = catalog.capabilities().stream()
                .filter(c -> c.hasLeadTime() && !c.leadTime().stretch().isEmpty()).findFirst().orElseThrow();
        model.queryProperty().set(withStretch.code());
        CapabilityRow row = model.results().stream()
                .filter(r -> r.code().equals(withStretch.code())).findFirst().orElseThrow();

        model.selectedProperty().set(row);

        CapabilityDetail detail = model.detailProperty().get();
        assertThat(detail.name()).isEqualTo(withStretch.name());
        CapabilityDetail.Fact leadTime = detail.facts().get(0);
        assertThat(leadTime.label()).isEqualTo("Lead time");
        assertThat(leadTime.rungs().get(0)).isEqualTo(new CapabilityDetail.Rung(
                withStretch.leadTime().standard() + " business days", "standard"));
        assertThat(leadTime.rungs().get(1).note()).startsWith("tier " + withStretch.leadTime().stretch().get(0).tier() + ": ");
        assertThat(leadTime.rungs().get(leadTime.rungs().size() - 1).note()).isEqualTo("not possible");
        assertThat(leadTime.rungs()).hasSize(withStretch.leadTime().stretch().size() + 2);
        assertThat(detail.facts()).extracting(CapabilityDetail.Fact::label).contains("Owner", "Requires", "Regions");
    }

    @Test
    void aCapabilityWithoutALeadTimeSaysSoWhereTheLeadTimeWouldBe() {
        model.queryProperty().set("COM-PAY-TERMS");
        model.selectedProperty().set(model.results().stream()
                .filter(r -> r.code().equals("COM-PAY-TERMS")).findFirst().orElseThrow());

        CapabilityDetail detail = model.detailProperty().get();
        assertThat(detail.name()).isEqualTo("Payment terms");
        assertThat(detail.facts().get(0).label()).isEqualTo("Lead time");
        assertThat(detail.facts().get(0).text()).isEqualTo("No lead time (can start when the promise starts)");
        assertThat(detail.facts()).extracting(CapabilityDetail.Fact::label)
                .as("its term ladder is shown as for any capability").contains("Payment due within");
    }

    @Test
    void filtersByCategoryAndStatus() {
        model.categoryProperty().set(choice(model.categories().stream(), Category.SUPPORT));
        assertThat(model.results()).isNotEmpty().allMatch(row -> row.category() == Category.SUPPORT);

        model.categoryProperty().set(model.categories().get(0));
        model.statusProperty().set(choice(model.statuses().stream(), CapabilityStatus.RETIRED));
        assertThat(model.results()).isNotEmpty().allMatch(row -> row.status() == CapabilityStatus.RETIRED);
    }

    @Test
    void saysWhatToDoWhenNothingMatches() {
        model.queryProperty().set("zzqqxx");

        assertThat(model.results()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.detailProperty().get()).isNull();
        assertThat(model.summaryProperty().get()).startsWith("No capability matches");
    }

    @Test
    void hostileSearchTextIsJustText() {
        for (String text : new String[] {"\"", "*", "OR", "-", "(", "'; drop table capability; --", "NEAR("}) {
            model.queryProperty().set(text);
            assertThat(model.summaryProperty().get()).doesNotStartWith("Search failed");
        }
    }

    private static <T> Choice<T> choice(java.util.stream.Stream<Choice<T>> choices, T value) {
        return choices.filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }
}
