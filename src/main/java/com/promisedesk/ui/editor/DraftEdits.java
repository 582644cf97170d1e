package com.promisedesk.ui.editor;

import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.Judging;
import com.promisedesk.store.PromiseRepository;
import com.promisedesk.ui.Threads;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The promise being drafted, as an immutable value: every edit makes a new one, which is
 * checked at once (the checker takes well under a millisecond) and saved in the background
 * (one writer, newest wins). Undo and redo step through those values, so they span the whole
 * editor. The editor's panes all edit through this one place.
 */
final class DraftEdits {

    private final LocalDate today;
    private final Threads threads;
    private final PromiseSaver saver;
    private final UndoHistory<Promise> history = new UndoHistory<>();
    private final Runnable onShown;
    private Judging judging;
    private EditorRows rows;

    final ReadOnlyObjectWrapper<Promise> promise = new ReadOnlyObjectWrapper<>(this, "promise");
    final ReadOnlyObjectWrapper<PromiseCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param onShown runs after each new value is judged, so the lists on screen follow it */
    DraftEdits(Judging judging, PromiseRepository promises, Threads threads, LocalDate today, Runnable onShown) {
        this.today = today;
        this.threads = threads;
        this.judging = judging;
        this.rows = new EditorRows(judging.catalog(), judging.checker(), today);
        this.saver = new PromiseSaver(promises, threads);
        this.onShown = onShown;
    }

    /**
     * Applies {@code change}; a value the domain refuses (an empty customer name, say) is not
     * applied, and the message says why, in words. {@code key} names the field being typed in,
     * so one word typed letter by letter is one undo step; null makes each edit its own step.
     */
    void edit(String key, UnaryOperator<Promise> change) {
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

    void editLine(int index, String key, UnaryOperator<CommitmentLine> change) {
        if (index >= 0 && index < current().lines().size()) {
            edit(key, p -> p.withLine(index, change.apply(p.lines().get(index))));
        }
    }

    void undo() {
        if (history.canUndo()) {
            apply(history.undo(current()));
        }
    }

    void redo() {
        if (history.canRedo()) {
            apply(history.redo(current()));
        }
    }

    void sealUndoStep() {
        history.seal();
    }

    private void apply(Promise next) {
        show(next);
        saver.save(next, message::set);
    }

    /** Shows {@code next}, judged as of the editor's day; nothing is saved. */
    void show(Promise next) {
        promise.set(next);
        check.set(judging.check(next, today));
        onShown.run();
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    /**
     * Another catalog version or the team's bookings of a new sync are in use: every line is
     * judged again; nothing is saved, the promise did not change.
     */
    void judgeAgainst(Judging next) {
        judging = next;
        rows = new EditorRows(next.catalog(), next.checker(), today);
        show(current());
    }

    Promise current() {
        return promise.get();
    }

    PromiseCheck judged() {
        return check.get();
    }

    EditorRows rows() {
        return rows;
    }

    Judging judging() {
        return judging;
    }

    LocalDate today() {
        return today;
    }

    Threads threads() {
        return threads;
    }

    /** What a date the rep types means, read against the promise's start and the business calendar. */
    DateInput dateInput() {
        return new DateInput(current().start(), judging.checker().calendar());
    }

    PromiseSaver saver() {
        return saver;
    }
}
