package com.promisedesk.ui.editor;

import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.Judging;
import com.promisedesk.store.PromiseRepository;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The promise editor as a whole: the promise being drafted (kept by {@link DraftEdits}: every
 * edit judged at once, saved in the background, undone across the whole editor), the chosen
 * line, and the edits in the domain's terms. Each pane of the editor has its own slice, which
 * takes what the rep typed and reads it: {@link HeaderViewModel}, {@link LinesViewModel},
 * {@link LineDetailViewModel}, {@link EditorListsViewModel} and {@link LineExceptionRequest}.
 */
public final class EditorViewModel {

    // Follows the catalog in use for as long as this editor lives; weakly held, so a closed editor is not kept.
    private final ChangeListener<Judging> onNewCatalog = (o, was, now) -> draft().judgeAgainst(now);
    private final DraftEdits draft;
    private final HeaderViewModel header;
    private final EditorListsViewModel lists;
    private final ObservableList<LineItem> lines = FXCollections.observableArrayList();
    private final ObservableList<String> refusals = FXCollections.observableArrayList();
    private final IntegerProperty selectedLine = new SimpleIntegerProperty(this, "selectedLine", -1);
    private final ReadOnlyObjectWrapper<LineDetail> lineDetail = new ReadOnlyObjectWrapper<>(this, "lineDetail");

    /** An editor that judges against the catalog in use, and again whenever a new one is swapped in. */
    public EditorViewModel(Promise opened, JudgingInUse catalogs, PromiseRepository promises, Threads threads,
                           LocalDate today) {
        this.draft = new DraftEdits(catalogs.get(), promises, threads, today, this::showJudged);
        this.header = new HeaderViewModel(draft);
        this.lists = new EditorListsViewModel(draft);
        catalogs.property().addListener(new WeakChangeListener<>(onNewCatalog));
        selectedLine.set(opened.lines().isEmpty() ? -1 : 0);
        selectedLine.addListener((o, was, now) -> showDetail());
        draft.show(opened);
    }

    /** See {@link HeaderViewModel}: the header pane's edits are there. */
    public void setCustomerName(String name) {
        header.setCustomerName(name);
    }

    // ---- commitment lines ----

    /** Adds a line for the capability {@code code}, its terms at their standard values; selects it. */
    public void addCapabilityLine(String code) {
        draft.edit(null, p -> p.withLineAdded(new CommitmentLine(code, null, 1, null,
                draft.rows().standardTerms(code), null)));
        selectedLine.set(current().lines().size() - 1);
    }

    /** Adds a bespoke (non-catalog) line; selects it. */
    public void addBespokeLine(String what) {
        draft.edit(null, p -> p.withLineAdded(CommitmentLine.bespoke(what, null)));
        selectedLine.set(current().lines().size() - 1);
    }

    public void removeLine(int index) {
        draft.edit(null, p -> p.withoutLine(index));
        selectedLine.set(Math.min(index, current().lines().size() - 1));
    }

    public void setQuantity(int index, int quantity) {
        draft.editLine(index, "line." + index + ".quantity", line -> line.withQuantity(quantity));
    }

    public void setDate(int index, LocalDate date) {
        draft.editLine(index, "line." + index + ".date", line -> line.withDate(date));
    }

    public void setTerm(int index, String key, BigDecimal value) {
        draft.editLine(index, "line." + index + ".term." + key, line -> {
            java.util.Map<String, BigDecimal> terms = new java.util.TreeMap<>(line.terms());
            terms.put(key, value);
            return line.withTerms(terms);
        });
    }

    /**
     * Takes the checker's honest suggestion for line {@code index}: its suggested date, and
     * the standard value of any term promised so loosely that it under-promises.
     */
    public void useSuggestion(int index) {
        PromiseCheck judged = draft.judged();
        if (index < 0 || index >= judged.lines().size()) {
            return;
        }
        LocalDate suggested = judged.lines().get(index).suggestedDate();
        draft.editLine(index, null, line -> draft.rows().withoutLooseTerms(
                suggested == null ? line : line.withDate(suggested)));
    }

    // ---- expectations and responsibilities: the lists pane's, here for the read-back and the tests ----

    /** See {@link EditorListsViewModel#addExpectation(String)}. */
    public boolean addExpectation(String typed) {
        return lists.addExpectation(typed);
    }

    /** Links expectation {@code index} to the lines numbered (from 1) in {@code numbers}, e.g. "1, 3". */
    public void linkExpectation(int index, String numbers) {
        lists.linkExpectation(index, numbers);
    }

    /** Marks how expectation {@code index} was read back; {@code clarified} only for CLARIFIED. */
    public void markExpectation(int index, ExpectationStatus status, String clarified) {
        lists.markExpectation(index, status, clarified);
    }

    public void addResponsibility(String text, LocalDate due, String lineNumbers) {
        lists.addResponsibility(text, due, lineNumbers);
    }

    // ---- life cycle ----

    /** Enters read-back: a draft becomes READ_BACK. */
    public void startReadBack() {
        if (current().status() == PromiseStatus.DRAFT) {
            draft.edit(null, p -> p.withStatus(PromiseStatus.READ_BACK));
        }
    }

    /** Goes back from READ_BACK to DRAFT. */
    public void backToDraft() {
        if (current().status() == PromiseStatus.READ_BACK) {
            draft.edit(null, p -> p.withStatus(PromiseStatus.DRAFT));
        }
    }

    /**
     * Marks the promise AGREED, unless something stands in the way: then nothing changes
     * and {@link #refusals()} lists every reason, in words the rep can act on. It is agreed
     * on the day the editor judges as of (the app's clock), so it is judged as the rep saw it
     * then, on any later day.
     */
    public boolean agree() {
        List<String> reasons = draft.rows().refusalsToAgree(current(), draft.judged());
        refusals.setAll(reasons);
        if (!reasons.isEmpty()) {
            say("Not agreed: " + reasons.size() + (reasons.size() == 1 ? " thing needs" : " things need")
                    + " attention first");
            return false;
        }
        draft.edit(null, p -> p.agreed(draft.today()));
        say("Agreed");
        return true;
    }

    // ---- undo ----

    public void undo() {
        draft.undo();
    }

    public void redo() {
        draft.redo();
    }

    /** Ends the current typing step (e.g. when a field loses focus). */
    public void sealUndoStep() {
        draft.sealUndoStep();
    }

    /** Shows {@code words} where the editor's messages go (the status bar). */
    public void say(String words) {
        draft.message.set(words);
    }

    // ---- the machinery ----

    /** Runs once each new value is judged: the lines, the lists and the chosen line's detail follow it. */
    private void showJudged() {
        Promise next = current();
        draft.rows().updateLines(lines, next, draft.judged());
        lists.show(next, draft.judged());
        if (selectedLine.get() >= next.lines().size()) {
            selectedLine.set(next.lines().size() - 1);
        }
        showDetail();
    }

    private void showDetail() {
        int index = selectedLine.get();
        Promise shown = current();
        lineDetail.set(index < 0 || index >= shown.lines().size() ? null
                : draft.rows().detail(shown, draft.judged(), index));
    }

    private Promise current() {
        return draft.current();
    }

    /** Where the panes' slices edit: the one promise being drafted. */
    DraftEdits draft() {
        return draft;
    }

    // ---- what the views bind to ----

    /** The catalog this editor judges against now. */
    public Catalog catalog() {
        return draft.judging().catalog();
    }

    /** The catalog and the team's bookings this editor judges by now. */
    public Judging judging() {
        return draft.judging();
    }

    public Threads threads() {
        return draft.threads();
    }

    /** The header pane: customer, title, start. */
    public HeaderViewModel header() {
        return header;
    }

    /** The lists pane: expectations, responsibilities and extras. */
    public EditorListsViewModel lists() {
        return lists;
    }

    public ReadOnlyObjectProperty<Promise> promiseProperty() {
        return draft.promise.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PromiseCheck> checkProperty() {
        return draft.check.getReadOnlyProperty();
    }

    public ObservableList<LineItem> lines() {
        return lines;
    }

    public ObservableList<ListItems.ExpectationItem> expectations() {
        return lists.expectations();
    }

    public ObservableList<ListItems.ResponsibilityItem> responsibilities() {
        return lists.responsibilities();
    }

    public ObservableList<ListItems.ExtraItem> extras() {
        return lists.extras();
    }

    /** Why the last attempt to agree was refused; empty when it was not. */
    public ObservableList<String> refusals() {
        return refusals;
    }

    public IntegerProperty selectedLineProperty() {
        return selectedLine;
    }

    public ReadOnlyObjectProperty<LineDetail> lineDetailProperty() {
        return lineDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return draft.canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return draft.canRedo.getReadOnlyProperty();
    }

    /** "Saved", "Saving…", or what went wrong: shown in the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return draft.message.getReadOnlyProperty();
    }

    /** The saving state alone, for tests and the status bar. */
    public ReadOnlyStringProperty saveStateProperty() {
        return draft.saver().stateProperty();
    }
}
