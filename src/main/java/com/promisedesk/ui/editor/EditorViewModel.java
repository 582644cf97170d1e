package com.promisedesk.ui.editor;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.store.Judging;
import com.promisedesk.store.PromiseRepository;
import com.promisedesk.ui.CatalogInUse;
import com.promisedesk.ui.Threads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The promise editor. Holds the promise being drafted as an immutable value: every edit
 * makes a new one, which is checked at once (the checker takes well under a millisecond)
 * and saved in the background (one writer, newest wins). Undo and redo step through those
 * values, so they span the whole editor.
 */
public final class EditorViewModel {

    private final CatalogInUse catalogs;
    // Follows the catalog in use for as long as this editor lives; weakly held, so a closed editor is not kept.
    private final ChangeListener<Judging> onNewCatalog = (o, was, now) -> judgeAgainst(now);
    private final LocalDate today;
    private final Threads threads;
    private Judging judging;
    private EditorPresenter presenter;
    private final PromiseSaver saver;
    private final UndoHistory<Promise> history = new UndoHistory<>();

    private final ReadOnlyObjectWrapper<Promise> promise = new ReadOnlyObjectWrapper<>(this, "promise");
    private final ReadOnlyObjectWrapper<PromiseCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ObservableList<LineItem> lines = FXCollections.observableArrayList();
    private final ObservableList<ListItems.ExpectationItem> expectations = FXCollections.observableArrayList();
    private final ObservableList<ListItems.ResponsibilityItem> responsibilities = FXCollections.observableArrayList();
    private final ObservableList<ListItems.ExtraItem> extras = FXCollections.observableArrayList();
    private final ObservableList<String> refusals = FXCollections.observableArrayList();
    private final IntegerProperty selectedLine = new SimpleIntegerProperty(this, "selectedLine", -1);
    private final ReadOnlyObjectWrapper<LineDetail> lineDetail = new ReadOnlyObjectWrapper<>(this, "lineDetail");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** An editor that judges against the catalog in use, and again whenever a new one is swapped in. */
    public EditorViewModel(Promise opened, CatalogInUse catalogs, PromiseRepository promises, Threads threads,
                           LocalDate today) {
        this.catalogs = catalogs;
        this.today = today;
        this.threads = threads;
        this.judging = catalogs.get();
        this.presenter = new EditorPresenter(judging.catalog(), judging.checker(), today);
        catalogs.property().addListener(new WeakChangeListener<>(onNewCatalog));
        this.saver = new PromiseSaver(promises, threads);
        selectedLine.set(opened.lines().isEmpty() ? -1 : 0);
        selectedLine.addListener((o, was, now) -> showDetail());
        show(opened);
    }

    // ---- the promise's header ----

    public void setCustomerName(String name) {
        edit("customer.name", p -> p.withCustomer(new Customer(name, p.customer().region(), p.customer().contact())));
    }

    public void setRegion(String region) {
        edit("customer.region", p -> p.withCustomer(new Customer(p.customer().name(), region, p.customer().contact())));
    }

    public void setContact(String contact) {
        edit("customer.contact", p -> p.withCustomer(new Customer(p.customer().name(), p.customer().region(), contact)));
    }

    public void setTitle(String title) {
        edit("title", p -> p.withTitle(title));
    }

    public void setStart(LocalDate start) {
        if (start != null) {
            edit("start", p -> p.withStart(start));
        }
    }

    // ---- commitment lines ----

    /** Adds a line for the capability {@code code}, its terms at their standard values; selects it. */
    public void addCapabilityLine(String code) {
        edit(null, p -> p.withLineAdded(new CommitmentLine(code, null, 1, null, presenter.standardTerms(code), null)));
        selectedLine.set(current().lines().size() - 1);
    }

    /** Adds a bespoke (non-catalog) line; selects it. */
    public void addBespokeLine(String what) {
        edit(null, p -> p.withLineAdded(CommitmentLine.bespoke(what, null)));
        selectedLine.set(current().lines().size() - 1);
    }

    public void removeLine(int index) {
        edit(null, p -> p.withoutLine(index));
        selectedLine.set(Math.min(index, current().lines().size() - 1));
    }

    /** Makes line {@code index} promise the capability {@code code} instead, with its standard terms. */
    public void setCapability(int index, String code) {
        editLine(index, "line." + index + ".capability", line -> new CommitmentLine(code, null, line.quantity(),
                line.date(), presenter.standardTerms(code), line.underPromiseReason()));
    }

    public void setQuantity(int index, int quantity) {
        editLine(index, "line." + index + ".quantity", line -> line.withQuantity(quantity));
    }

    public void setDate(int index, LocalDate date) {
        editLine(index, "line." + index + ".date", line -> line.withDate(date));
    }

    public void setTerm(int index, String key, BigDecimal value) {
        editLine(index, "line." + index + ".term." + key, line -> {
            java.util.Map<String, BigDecimal> terms = new java.util.TreeMap<>(line.terms());
            terms.put(key, value);
            return line.withTerms(terms);
        });
    }

    public void setUnderPromiseReason(int index, String reason) {
        editLine(index, "line." + index + ".reason", line -> new CommitmentLine(line.capability(), line.bespoke(),
                line.quantity(), line.date(), line.terms(), reason));
    }

    /**
     * Takes the checker's honest suggestion for line {@code index}: its suggested date, and
     * the standard value of any term promised so loosely that it under-promises.
     */
    public void useSuggestion(int index) {
        PromiseCheck judged = check.get();
        if (index < 0 || index >= judged.lines().size()) {
            return;
        }
        LocalDate suggested = judged.lines().get(index).suggestedDate();
        editLine(index, null, line -> presenter.withoutLooseTerms(
                suggested == null ? line : line.withDate(suggested)));
    }

    // ---- expectations, responsibilities, extras ----

    /**
     * Adds what the customer expects, as the rep typed it; "Live before the freeze #1,3" (or
     * "… [1, 3]") also links it to lines 1 and 3, in one step. False when nothing was added:
     * then {@link #messageProperty()} says why (no words, or a line the promise does not have).
     */
    public boolean addExpectation(String typed) {
        ExpectationInput input = ExpectationInput.parse(typed);
        if (input.words().isEmpty()) {
            if (!input.lines().isEmpty()) {
                message.set("Not added: type what the customer expects before the line numbers");
            }
            return false;
        }
        int before = current().expectations().size();
        edit(null, p -> p.withExpectations(append(p.expectations(), Expectation.open(input.words(),
                presenter.lineIndexes(input.lines(), p.lines().size())))));
        return current().expectations().size() > before;
    }

    public void setExpectationText(int index, String text) {
        editExpectation(index, "expectation." + index + ".text",
                e -> new Expectation(text, e.lines(), e.status(), e.clarified()));
    }

    /** Links expectation {@code index} to the lines numbered (from 1) in {@code numbers}, e.g. "1, 3". */
    public void linkExpectation(int index, String numbers) {
        editExpectation(index, "expectation." + index + ".lines", e -> new Expectation(e.text(),
                presenter.lineIndexes(numbers, current().lines().size()), e.status(), e.clarified()));
    }

    /** Marks how expectation {@code index} was read back; {@code clarified} only for CLARIFIED. */
    public void markExpectation(int index, ExpectationStatus status, String clarified) {
        editExpectation(index, null, e -> new Expectation(e.text(), e.lines(), status,
                status == ExpectationStatus.CLARIFIED ? clarified : null));
    }

    public void removeExpectation(int index) {
        edit(null, p -> p.withExpectations(without(p.expectations(), index)));
    }

    public void addResponsibility(String text, LocalDate due, String lineNumbers) {
        edit(null, p -> p.withResponsibilities(append(p.responsibilities(), new Responsibility(text, due,
                presenter.lineIndexes(lineNumbers, p.lines().size())))));
    }

    public void addExtra(String text) {
        edit(null, p -> p.withExtras(append(p.extras(), new Extra(text))));
    }

    public void removeExtra(int index) {
        edit(null, p -> p.withExtras(without(p.extras(), index)));
    }

    // ---- life cycle ----

    /** Enters read-back: a draft becomes READ_BACK. */
    public void startReadBack() {
        if (current().status() == PromiseStatus.DRAFT) {
            edit(null, p -> p.withStatus(PromiseStatus.READ_BACK));
        }
    }

    /** Goes back from READ_BACK to DRAFT. */
    public void backToDraft() {
        if (current().status() == PromiseStatus.READ_BACK) {
            edit(null, p -> p.withStatus(PromiseStatus.DRAFT));
        }
    }

    /**
     * Marks the promise AGREED, unless something stands in the way: then nothing changes
     * and {@link #refusals()} lists every reason, in words the rep can act on. It is agreed
     * on the day the editor judges as of (the app's clock), so it is judged as the rep saw it
     * then, on any later day.
     */
    public boolean agree() {
        List<String> reasons = presenter.refusalsToAgree(current(), check.get());
        refusals.setAll(reasons);
        if (!reasons.isEmpty()) {
            message.set("Not agreed: " + reasons.size() + (reasons.size() == 1 ? " thing needs" : " things need")
                    + " attention first");
            return false;
        }
        edit(null, p -> p.agreed(today));
        message.set("Agreed");
        return true;
    }

    // ---- undo ----

    public void undo() {
        if (history.canUndo()) {
            apply(history.undo(current()));
        }
    }

    public void redo() {
        if (history.canRedo()) {
            apply(history.redo(current()));
        }
    }

    /** Ends the current typing step (e.g. when a field loses focus). */
    public void sealUndoStep() {
        history.seal();
    }

    /** Shows {@code words} where the editor's messages go (the status bar). */
    public void say(String words) {
        message.set(words);
    }

    // ---- the machinery ----

    private void editLine(int index, String key, UnaryOperator<CommitmentLine> change) {
        if (index >= 0 && index < current().lines().size()) {
            edit(key, p -> p.withLine(index, change.apply(p.lines().get(index))));
        }
    }

    private void editExpectation(int index, String key, UnaryOperator<Expectation> change) {
        if (index >= 0 && index < current().expectations().size()) {
            edit(key, p -> {
                List<Expectation> changed = new ArrayList<>(p.expectations());
                changed.set(index, change.apply(changed.get(index)));
                return p.withExpectations(changed);
            });
        }
    }

    /**
     * Applies {@code change}; a value the domain refuses (an empty customer name, say) is not
     * applied, and the message says why, in words.
     */
    private void edit(String key, UnaryOperator<Promise> change) {
        Promise before = current();
        Promise after;
        try {
            after = change.apply(before);
        } catch (InvalidValueException e) {
            message.set("Not changed: " + FailureWords.describe(e));
            return;
        }
        if (after.equals(before)) {
            return;
        }
        history.record(before, key);
        apply(after);
    }

    private void apply(Promise next) {
        show(next);
        saver.save(next, message::set);
    }

    private void show(Promise next) {
        promise.set(next);
        PromiseCheck judged = judging.check(next, today);
        check.set(judged);
        presenter.updateLines(lines, next, judged);
        replaceIfChanged(expectations, presenter.expectations(next));
        replaceIfChanged(responsibilities, presenter.responsibilities(next, judged));
        replaceIfChanged(extras, next.extras().stream().map(e -> new ListItems.ExtraItem(e.text())).toList());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        if (selectedLine.get() >= next.lines().size()) {
            selectedLine.set(next.lines().size() - 1);
        }
        showDetail();
    }

    /**
     * Another catalog version or the team's bookings of a new sync are in use: every line is
     * judged again; nothing is saved, the promise did not change.
     */
    private void judgeAgainst(Judging next) {
        judging = next;
        presenter = new EditorPresenter(next.catalog(), next.checker(), today);
        show(current());
    }

    private void showDetail() {
        int index = selectedLine.get();
        Promise shown = current();
        lineDetail.set(index < 0 || index >= shown.lines().size() ? null
                : presenter.detail(shown, check.get(), index));
    }

    /** Lists shown on screen are replaced only when they changed, so typing elsewhere does not redraw them. */
    private static <T> void replaceIfChanged(ObservableList<T> shown, List<T> next) {
        if (!shown.equals(next)) {
            shown.setAll(next);
        }
    }

    private Promise current() {
        return promise.get();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> changed = new ArrayList<>(list);
        changed.add(item);
        return changed;
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> changed = new ArrayList<>(list);
        if (index >= 0 && index < changed.size()) {
            changed.remove(index);
        }
        return changed;
    }

    // ---- what the view binds to ----

    /** The catalog this editor judges against now. */
    public Catalog catalog() {
        return judging.catalog();
    }

    /** The catalog and the team's bookings this editor judges by now. */
    public Judging judging() {
        return judging;
    }

    public Threads threads() {
        return threads;
    }

    public DateInput dateInput() {
        return new DateInput(current().start(), judging.checker().calendar());
    }

    public ReadOnlyObjectProperty<Promise> promiseProperty() {
        return promise.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PromiseCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ObservableList<LineItem> lines() {
        return lines;
    }

    public ObservableList<ListItems.ExpectationItem> expectations() {
        return expectations;
    }

    public ObservableList<ListItems.ResponsibilityItem> responsibilities() {
        return responsibilities;
    }

    public ObservableList<ListItems.ExtraItem> extras() {
        return extras;
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
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Saved", "Saving…", or what went wrong: shown in the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The saving state alone, for tests and the status bar. */
    public ReadOnlyStringProperty saveStateProperty() {
        return saver.stateProperty();
    }
}
