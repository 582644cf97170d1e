package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Verdict;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's state and decisions, on a real store and the sample catalog, without JavaFX. */
class EditorViewModelTest {

    static final LocalDate START = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Catalog catalog;
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        catalog = CurrentCatalog.loadOrImportSample(store);
        Promise draft = Promise.draft(new Customer("Northwind Traders", "EU", "Anna Berg"), "Fleet rollout", START);
        editor = new EditorViewModel(draft, JudgingInUse.fixed(catalog), store.promises(), Threads.inline(),
                START);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Promise saved() {
        return store.promises().find(editor.promiseProperty().get().id()).orElseThrow();
    }

    private void threeLines() {
        editor.addCapabilityLine("SSO-SETUP");
        editor.addCapabilityLine("FLEET-CORE");
        editor.setQuantity(1, 600);
        editor.addCapabilityLine("FLEET-ROUTE");
        editor.setDate(2, LocalDate.of(2027, 3, 1));
    }

    @Test
    void everyLineIsJudgedAsItIsEdited() {
        threeLines();

        assertThat(editor.lines()).extracting(LineItem::verdict)
                .containsExactly(Verdict.STANDARD, Verdict.NEEDS_APPROVAL, Verdict.UNDER_PROMISE);
        assertThat(editor.lines().get(1).chip()).isEqualTo("Needs approval · tier 2");
        assertThat(editor.lines().get(0).date()).isEqualTo("standard date");
        assertThat(editor.lines().get(2).date()).isEqualTo("Mon 1 Mar 2027");
    }

    @Test
    void theEditorJudgesAsOfTheDayItWasOpenedOn() {
        // Opened on Sat 5 Dec 2026 (the app's clock): a draft that starts on 23 Nov starts today.
        Promise draft = Promise.draft(new Customer("Northwind Traders", "EU", "Anna Berg"), "Fleet rollout", START);
        EditorViewModel onTheFifth = new EditorViewModel(draft, JudgingInUse.fixed(catalog), store.promises(),
                Threads.inline(), LocalDate.of(2026, 12, 5));
        onTheFifth.addCapabilityLine("SSO-SETUP");
        onTheFifth.setDate(0, LocalDate.of(2026, 12, 1));

        assertThat(onTheFifth.lines()).extracting(LineItem::verdict).containsExactly(Verdict.NOT_DELIVERABLE);
        assertThat(onTheFifth.lineDetailProperty().get().reasons().get(0))
                .startsWith("Tue 1 Dec 2026: that date has passed (today is Sat 5 Dec 2026)");
        assertThat(onTheFifth.checkProperty().get().lines().get(0).suggestedDate()).isAfter(LocalDate.of(2026, 12, 5));
        editor.addCapabilityLine("SSO-SETUP");
        editor.setDate(0, LocalDate.of(2026, 12, 1));
        assertThat(editor.lines()).as("the same line on 23 Nov").extracting(LineItem::verdict)
                .doesNotContain(Verdict.NOT_DELIVERABLE);
    }

    @Test
    void useSuggestionTurnsAnUnderPromiseIntoAStandardLine() {
        threeLines();
        editor.selectedLineProperty().set(2);
        assertThat(editor.lineDetailProperty().get().suggestion()).isEqualTo("Use Mon 30 Nov 2026");
        assertThat(editor.lineDetailProperty().get().needsReason()).isTrue();

        editor.useSuggestion(2);

        assertThat(editor.lines().get(2).verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(saved().lines().get(2).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(editor.lineDetailProperty().get().suggestion()).isNull();
    }

    @Test
    void aLooselyPromisedTermIsAnUnderPromiseAndTheSuggestionRestoresTheStandard() {
        editor.addCapabilityLine("SUP-STD");
        assertThat(editor.lineDetailProperty().get().terms()).isNotEmpty();
        String key = editor.lineDetailProperty().get().terms().get(0).key();
        BigDecimal standard = new BigDecimal(editor.lineDetailProperty().get().terms().get(0).standard());

        editor.setTerm(0, key, standard.multiply(BigDecimal.TEN));
        assertThat(editor.lines().get(0).verdict()).isEqualTo(Verdict.UNDER_PROMISE);

        editor.useSuggestion(0);
        assertThat(editor.lines().get(0).verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(saved().lines().get(0).terms().get(key)).isEqualByComparingTo(standard);
    }

    @Test
    void everyEditIsSavedWithItsOutboxEntryAndSaidSo() {
        int before = store.outbox().pendingCount();
        editor.addCapabilityLine("SSO-SETUP");

        assertThat(editor.saveStateProperty().get()).isEqualTo("Saved");
        assertThat(saved()).isEqualTo(editor.promiseProperty().get());
        assertThat(store.outbox().pendingCount()).isEqualTo(before + 1);
    }

    @Test
    void typingOneFieldIsOneUndoStepAndRedoBringsItBack() {
        editor.addCapabilityLine("FLEET-CORE");
        editor.setQuantity(0, 1);
        editor.setQuantity(0, 12);
        editor.setQuantity(0, 120);
        editor.sealUndoStep();

        editor.undo();
        assertThat(editor.promiseProperty().get().lines().get(0).quantity()).isEqualTo(1);
        assertThat(saved().lines().get(0).quantity()).isEqualTo(1);
        editor.undo();
        assertThat(editor.promiseProperty().get().lines()).isEmpty();
        assertThat(editor.canUndoProperty().get()).isFalse();

        editor.redo();
        editor.redo();
        assertThat(editor.promiseProperty().get().lines().get(0).quantity()).isEqualTo(120);
        assertThat(editor.canRedoProperty().get()).isFalse();
    }

    @Test
    void anUnlinkedExpectationIsFlaggedUntilLinked() {
        threeLines();
        editor.addExpectation("Live before the holiday freeze");
        assertThat(editor.expectations().get(0).unlinked()).isTrue();
        assertThat(editor.expectations().get(0).lines()).isEqualTo("Not linked to a line");

        editor.linkExpectation(0, "1, 3");
        assertThat(editor.expectations().get(0).unlinked()).isFalse();
        assertThat(editor.expectations().get(0).lines()).isEqualTo("Lines 1, 3");
        assertThat(saved().expectations().get(0).lines()).containsExactly(0, 2);
    }

    @Test
    void aLinkToALineThatDoesNotExistIsRefusedInWords() {
        editor.addCapabilityLine("SSO-SETUP");
        editor.addExpectation("Fast");

        editor.linkExpectation(0, "4");

        assertThat(editor.messageProperty().get()).isEqualTo("Not changed: lines names line 4, but the promise has 1 line");
        assertThat(saved().expectations().get(0).lines()).isEmpty();
    }

    @Test
    void linesTypedAfterTheWordsLinkTheExpectationAsItIsAdded() {
        threeLines();

        assertThat(editor.addExpectation("Live before the holiday freeze #1,3")).isTrue();
        assertThat(editor.addExpectation("Dashboards for all 600 trucks [2]")).isTrue();

        assertThat(saved().expectations()).extracting(Expectation::text)
                .containsExactly("Live before the holiday freeze", "Dashboards for all 600 trucks");
        assertThat(saved().expectations()).extracting(Expectation::lines).containsExactly(List.of(0, 2), List.of(1));
        assertThat(editor.expectations().get(0).lines()).isEqualTo("Lines 1, 3");
        editor.undo(); // words and lines were one step: undo takes both
        assertThat(editor.promiseProperty().get().expectations()).extracting(Expectation::text)
                .containsExactly("Live before the holiday freeze");
    }

    @Test
    void typedLinesThePromiseDoesNotHaveAreRefusedInWordsAndNothingIsAdded() {
        editor.addCapabilityLine("SSO-SETUP");

        assertThat(editor.addExpectation("Fast #1, 4")).isFalse();
        assertThat(editor.messageProperty().get()).isEqualTo("Not changed: lines names line 4, but the promise has 1 line");
        assertThat(editor.addExpectation("#1")).isFalse();
        assertThat(editor.messageProperty().get())
                .isEqualTo("Not added: type what the customer expects before the line numbers");
        assertThat(saved().expectations()).isEmpty();
    }

    @Test
    void derivedResponsibilitiesAppearWithDueDatesAndWhatMovesIfLate() {
        editor.addCapabilityLine("SSO-SETUP");

        assertThat(editor.responsibilities()).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo("SSO metadata (SAML XML)");
            assertThat(r.due()).isEqualTo("Mon 30 Nov 2026");
            assertThat(r.fromCatalog()).isTrue();
            assertThat(r.ifLate()).startsWith("If late, line 1 (Single sign-on setup) moves back");
        });
        editor.addResponsibility("Parking for the installers", START.plusDays(7), "1");
        assertThat(editor.responsibilities()).filteredOn(r -> !r.fromCatalog()).hasSize(1);
    }

    @Test
    void agreementIsRefusedWithEveryReasonWhileAnApprovalIsPending() {
        threeLines();
        editor.addExpectation("Live before the holiday freeze");
        editor.linkExpectation(0, "1");

        assertThat(editor.agree()).isFalse();
        assertThat(editor.refusals()).contains("Read the promise back to the customer first (F5).");

        editor.startReadBack();
        editor.markExpectation(0, ExpectationStatus.CONFIRMED, null);
        assertThat(editor.agree()).isFalse();
        assertThat(editor.refusals()).anyMatch(r -> r.startsWith("Line 2 (Fleet analytics platform) needs tier 2 approval"))
                .anyMatch(r -> r.startsWith("Line 3 (Route optimisation) promises less than we can do"))
                .noneMatch(r -> r.startsWith("Expectation"));
        assertThat(saved().status()).isEqualTo(PromiseStatus.READ_BACK);
    }

    @Test
    void aPromiseWeCanStandBehindIsAgreed() {
        editor.addCapabilityLine("SSO-SETUP");
        editor.addExpectation("Single sign-on for all dispatchers");
        editor.linkExpectation(0, "1");
        editor.startReadBack();
        editor.markExpectation(0, ExpectationStatus.CLARIFIED, "Single sign-on for the 12 dispatchers in Hamburg");

        assertThat(editor.agree()).isTrue();
        assertThat(editor.refusals()).isEmpty();
        assertThat(saved().status()).isEqualTo(PromiseStatus.AGREED);
        assertThat(saved().expectations().get(0).clarified()).isEqualTo("Single sign-on for the 12 dispatchers in Hamburg");
    }

    @Test
    void agreeingKeepsTheDayByTheAppsClockAndUndoTakesItBack() {
        LocalDate opened = LocalDate.of(2026, 12, 7);  // two weeks after the start, by the app's clock
        EditorViewModel later = new EditorViewModel(Promise.draft(new Customer("Northwind Traders", "EU", null),
                "Fleet rollout", START), JudgingInUse.fixed(catalog), store.promises(), Threads.inline(), opened);
        later.addCapabilityLine("SSO-SETUP");
        later.startReadBack();

        assertThat(later.agree()).isTrue();
        Promise agreed = store.promises().find(later.promiseProperty().get().id()).orElseThrow();
        assertThat(agreed.agreedOn()).isEqualTo(opened);
        assertThat(new com.promisedesk.check.PromiseChecker(catalog).check(agreed, null, opened.plusYears(1)))
                .as("judged a year on as the rep saw it when agreeing").isEqualTo(later.checkProperty().get());

        later.undo();
        assertThat(store.promises().find(agreed.id()).orElseThrow().agreedOn()).isNull();
    }

    @Test
    void removingALineKeepsTheOtherLinksPointingAtTheRightLines() {
        threeLines();
        editor.addExpectation("Routes planned daily");
        editor.linkExpectation(0, "3");

        editor.removeLine(1);

        assertThat(editor.expectations().get(0).lines()).isEqualTo("Line 2");
        assertThat(editor.lines()).extracting(LineItem::code).containsExactly("SSO-SETUP", "FLEET-ROUTE");
    }

    @Test
    void anEmptyCustomerNameIsRefusedAndNothingChanges() {
        editor.setCustomerName("  ");
        assertThat(editor.messageProperty().get()).startsWith("Not changed: customer.name must not be empty");
        assertThat(editor.promiseProperty().get().customer().name()).isEqualTo("Northwind Traders");
    }

    @Test
    void theDetailShowsTheLadderAndReasons() {
        threeLines();
        editor.selectedLineProperty().set(1);
        LineDetail detail = editor.lineDetailProperty().get();
        assertThat(detail.title()).isEqualTo("Line 2 — Fleet analytics platform");
        assertThat(detail.reasons()).anyMatch(r -> r.contains("tier 2"));
        assertThat(detail.ladder()).isNotNull();
        assertThat(detail.ladder().standardDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    }
}
