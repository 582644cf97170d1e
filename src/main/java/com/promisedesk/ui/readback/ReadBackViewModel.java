package com.promisedesk.ui.readback;

import com.promisedesk.check.Confirmation;
import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.CustomerWords;
import com.promisedesk.store.CustomerConfirmations;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.editor.EditorViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The read-back: every expectation, then every commitment, one at a time, in words for the
 * customer and in the customer's language (the promise's); after the last, the customer's
 * confirmation ({@link ReadBackConfirmation}). Marks go through the editor, so they are saved and
 * can be undone like any edit.
 */
public final class ReadBackViewModel {

    private final EditorViewModel editor;
    private final Catalog catalog;
    private final LocalDate confirmBy;
    private final List<ReadBackItem> items = new ArrayList<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", 0);
    private final ReadOnlyObjectWrapper<ReadBackItem> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper stillOpen = new ReadOnlyStringWrapper(this, "stillOpen", "");
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(this, "confirming", false);
    private final CustomerWords words;
    private final ReadBackConfirmation confirmation;

    /** The read-back as of {@code today}; the customer's confirmation is recorded in {@code confirmations} at {@code clock}'s time. */
    public ReadBackViewModel(EditorViewModel editor, Catalog catalog, PromiseChecker checker, LocalDate today,
                             CustomerConfirmations confirmations, Clock clock, Threads threads) {
        this.editor = editor;
        this.catalog = catalog;
        this.confirmBy = Confirmation.by(checker.calendar(), today);
        this.words = CustomerWords.of(editor.promiseProperty().get().writtenIn());
        this.confirmation = new ReadBackConfirmation(() -> editor.promiseProperty().get(), confirmations, clock, threads,
                words);
        editor.startReadBack();
        rebuild();
    }

    /** The next item; after the last, the customer's confirmation. */
    public void next() {
        if (position.get() >= items.size() - 1) {
            confirming.set(true);
        } else {
            moveTo(position.get() + 1);
        }
    }

    /** The item before; from the confirmation, the last item. */
    public void previous() {
        if (confirming.get()) {
            confirming.set(false);
        } else {
            moveTo(position.get() - 1);
        }
    }

    /** Whether the read-back is at its end, where the customer confirms. */
    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    public ReadBackConfirmation confirmation() {
        return confirmation;
    }

    /** The customer's words of an expectation's item, without quotation marks, for the agreed wording to start from. */
    public String saidIn(ReadBackItem item) {
        return item.isExpectation() ? editor.promiseProperty().get().expectations().get(item.expectation()).text() : "";
    }

    /** Marks the current expectation confirmed as the customer said it, and moves on. */
    public void confirm() {
        mark(ExpectationStatus.CONFIRMED, null);
    }

    /** Marks the current expectation agreed in {@code wording}; the customer's original words are kept. */
    public void clarify(String wording) {
        if (wording != null && !wording.isBlank()) {
            mark(ExpectationStatus.CLARIFIED, wording);
        }
    }

    /** Marks the current expectation as one we said plainly we cannot meet. */
    public void notMet() {
        mark(ExpectationStatus.NOT_MET, null);
    }

    private void mark(ExpectationStatus status, String wording) {
        ReadBackItem item = current.get();
        if (item == null || !item.isExpectation()) {
            next();
            return;
        }
        editor.markExpectation(item.expectation(), status, wording);
        rebuild();
        next();
    }

    private void moveTo(int index) {
        position.set(Math.max(0, Math.min(index, items.size() - 1)));
        current.set(items.isEmpty() ? null : items.get(position.get()));
        progress.set(items.isEmpty() ? words.text("readback.progress.none")
                : words.format("readback.progress", position.get() + 1, items.size()));
    }

    private void rebuild() {
        Promise promise = editor.promiseProperty().get();
        PromiseCheck check = editor.checkProperty().get();
        items.clear();
        for (int i = 0; i < promise.expectations().size(); i++) {
            Expectation e = promise.expectations().get(i);
            String detail = e.status() == ExpectationStatus.CLARIFIED ? words.format("readback.agreedWording", e.clarified()) : "";
            items.add(new ReadBackItem(i, words.text("readback.heading.toldUs"), words.format("quote", e.text()), detail,
                    markWords(e.status())));
        }
        long open = promise.expectations().stream().filter(e -> e.status() == ExpectationStatus.OPEN).count();
        stillOpen.set(open == 0 ? words.text("readback.open.none") : words.plural("readback.open", open));
        for (LineCheck line : check.lines()) {
            items.add(commitment(promise.lines().get(line.index()), line));
        }
        moveTo(position.get());
    }

    private ReadBackItem commitment(CommitmentLine line, LineCheck check) {
        Language language = words.language();
        String what = line.isBespoke() ? line.bespoke()
                : catalog.capability(line.capability()).map(c -> c.nameIn(language).orElse(c.name())).orElse(line.capability());
        String quantity = line.quantity() > 1 ? words.number(java.math.BigDecimal.valueOf(line.quantity())) + " × " : "";
        String summary = line.isBespoke() ? ""
                : catalog.capability(line.capability()).map(c -> c.summaryIn(language).orElse(c.summary())).orElse("");
        LocalDate date = line.date() != null ? line.date() : check.suggestedDate();
        return switch (check.verdict()) {
            case NEEDS_APPROVAL -> new ReadBackItem(-1, words.text("readback.heading.notYet"), quantity + what,
                    words.format("readback.confirmBy", words.day(confirmBy)), "");
            case NOT_DELIVERABLE -> new ReadBackItem(-1, words.text("readback.heading.cannot"), quantity + what,
                    check.suggestedDate() == null ? words.text("readback.comeBack")
                            : words.format("readback.earliest", words.day(check.suggestedDate())),
                    "");
            case STANDARD, UNDER_PROMISE -> new ReadBackItem(-1, words.text("readback.heading.deliver"), quantity + what,
                    (date == null ? "" : words.format("readback.by", words.day(date)) + " ") + summary, "");
        };
    }

    private String markWords(ExpectationStatus status) {
        return switch (status) {
            case OPEN -> "";
            case CONFIRMED -> words.text("summary.expectation.confirmed");
            case CLARIFIED -> words.text("summary.expectation.clarified");
            case NOT_MET -> words.text("summary.expectation.notMet");
        };
    }

    /** "Marked: Confirmed", in the customer's language; empty for an expectation not marked yet. */
    public String markLine(ReadBackItem item) {
        return item == null || item.mark().isEmpty() ? "" : words.format("readback.marked", item.mark());
    }

    /** The screen's fixed words (buttons, empty state) in the customer's language, by key ("readback.button.next"). */
    public String label(String key) {
        return words.text(key);
    }

    /** "2 points still open", in the customer's language and its plural form. */
    public ReadOnlyStringProperty stillOpenProperty() {
        return stillOpen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReadBackItem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public int size() {
        return items.size();
    }
}
