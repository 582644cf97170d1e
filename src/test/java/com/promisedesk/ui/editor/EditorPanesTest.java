package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's panes take the text as the rep types it and read it in their view models, so
 * what a half-typed or mistyped field does is decided (and tested) without JavaFX.
 */
class EditorPanesTest {

    static final LocalDate START = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private EditorViewModel editor;
    private LineDetailViewModel detail;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        Promise draft = Promise.draft(new Customer("Northwind Traders", "EU", "Anna Berg"), "Fleet rollout", START);
        editor = new EditorViewModel(draft, JudgingInUse.fixed(CurrentCatalog.loadOrImportSample(store)),
                store.promises(), Threads.inline(), START);
        detail = new LineDetailViewModel(editor);
        editor.addCapabilityLine("FLEET-CORE");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Promise saved() {
        return store.promises().find(editor.promiseProperty().get().id()).orElseThrow();
    }

    @Test
    void aQuantityIsAppliedOnlyOnceItIsAWholeNumberOfAtLeastOne() {
        detail.typeQuantity("12");
        for (String halfTyped : new String[] {"", "0", "12a", "-3", "1234567"}) {
            detail.typeQuantity(halfTyped);
        }

        assertThat(saved().lines().get(0).quantity()).isEqualTo(12);
    }

    @Test
    void aDateReadsAsAnOffsetFromTheStartOrAsADayAndTheFieldShowsItAsTheAppWritesDates() {
        assertThat(detail.commitDate("+3w")).contains("Mon 14 Dec 2026");
        assertThat(saved().lines().get(0).date()).isEqualTo(START.plusWeeks(3));

        assertThat(detail.commitDate("next tuesday")).isEmpty();
        assertThat(saved().lines().get(0).date()).isEqualTo(START.plusWeeks(3));

        assertThat(detail.commitDate("  ")).contains("  ");
        assertThat(saved().lines().get(0).date()).isNull();
    }

    @Test
    void aTermIsAppliedOnceItReadsAsANumber() {
        editor.addCapabilityLine("SUP-STD");
        String key = editor.lineDetailProperty().get().terms().get(0).key();

        detail.typeTerm(key, " 48 ");
        detail.typeTerm(key, "48.");
        detail.typeTerm(key, "4x");

        assertThat(saved().lines().get(1).terms().get(key)).isEqualByComparingTo(new BigDecimal("48"));
    }

    @Test
    void aStartThatIsNotADateKeepsTheOldOneAndTheFieldShowsIt() {
        HeaderViewModel header = editor.header();

        assertThat(header.commitStart("+1w")).isEqualTo("Mon 30 Nov 2026");
        assertThat(header.commitStart("soon")).isEqualTo("Mon 30 Nov 2026");
        header.typeCustomer("  ");

        assertThat(saved().start()).isEqualTo(START.plusWeeks(1));
        assertThat(saved().customer().name()).isEqualTo("Northwind Traders");
        assertThat(header.shownProperty().get().subline()).isEqualTo("Region EU · Anna Berg · start Mon 30 Nov 2026");
    }

    @Test
    void aRegionThatIsACountrySetsTheLanguageUntilTheRepChoosesOne() {
        HeaderViewModel header = editor.header();

        header.typeRegion("PL");
        assertThat(saved().language()).isEqualTo(Language.PL);
        assertThat(header.shownProperty().get().language()).isEqualTo(Language.PL);
        header.setLanguage(Language.DE);
        header.typeRegion("FR");

        assertThat(saved().language()).as("the rep's choice stands").isEqualTo(Language.DE);
        assertThat(saved().customer().region()).isEqualTo("FR");
    }

    @Test
    void aRegionThatIsNoCountryLeavesTheLanguageUnchosenWhichReadsAsEnglish() {
        HeaderViewModel header = editor.header();

        header.typeRegion("EMEA");

        assertThat(saved().language()).isNull();
        assertThat(header.shownProperty().get().language()).isEqualTo(Language.EN);
    }

    @Test
    void aResponsibilityIsAddedAsTypedWithItsDueDateReadLikeALinesDate() {
        EditorListsViewModel lists = editor.lists();

        assertThat(lists.addTypedResponsibility(" ", "+10d", "1")).isFalse();
        assertThat(lists.addTypedResponsibility("Parking for the installers", "+10d", "1")).isTrue();

        assertThat(saved().responsibilities()).singleElement().satisfies(r -> {
            assertThat(r.due()).isEqualTo(START.plusDays(10));
            assertThat(r.lines()).containsExactly(0);
        });
    }

    @Test
    void whenThePickerFindsNothingTheEditorSaysHowToAddTheTextAsABespokeItem() {
        LinesViewModel lines = new LinesViewModel(editor, store.catalogs());

        assertThat(lines.addCapability(null, " fleet spaceship ")).isFalse();
        assertThat(editor.messageProperty().get())
                .isEqualTo("No capability matches “fleet spaceship”: Ctrl+B adds it as a bespoke item");
        assertThat(lines.addBespoke("   ")).isFalse();
        assertThat(lines.addBespoke(" Fleet spaceship ")).isTrue();
        assertThat(saved().lines()).hasSize(2);
    }
}
