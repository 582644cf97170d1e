package com.promisedesk.ui.milestones;

import com.promisedesk.check.DateText;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.MilestoneRepository;
import com.promisedesk.store.MilestoneRow;
import com.promisedesk.ui.Threads;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The milestones of delivery of one agreed promise: list them, add one, mark one done or
 * not. Every write goes to the store in the background (with its outbox entry) and the
 * list is read back from it, so what the screen shows is what is saved.
 */
public final class MilestonesViewModel {

    /** One row as the screen shows it, the due date in words ("Tue 15 Dec 2026"). */
    public record Item(int number, String text, String due, boolean done) {
    }

    private final MilestoneRepository milestones;
    private final UUID promiseId;
    private final Threads threads;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final StringProperty newText = new SimpleStringProperty(this, "newText", "");
    private final StringProperty newDue = new SimpleStringProperty(this, "newDue", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ObservableList<Item> proposals = FXCollections.observableArrayList();
    private List<Milestone> proposed = List.of();
    private Runnable changed = () -> { };

    public MilestonesViewModel(MilestoneRepository milestones, UUID promiseId, PromiseStatus status, Threads threads) {
        this.milestones = milestones;
        this.promiseId = promiseId;
        this.threads = threads;
        editable.set(status.tracksMilestones());
        if (!editable.get()) {
            message.set("Milestones start once the promise is agreed");
        }
    }

    /**
     * The milestones proposed for the promise (decision 0024), shown while it has none: the rep
     * keeps them all ({@link #keepProposals}), or copies one into the fields to edit and add.
     */
    public void propose(List<Milestone> milestones) {
        proposed = List.copyOf(milestones);
        showProposals();
    }

    /** Told after a milestone is added or marked (a milestone done may move the promise into delivery). */
    public void onChanged(Runnable action) {
        changed = action;
    }

    /** Adds every proposed milestone, in order, in one write; only to a promise without milestones yet. */
    public void keepProposals() {
        if (proposed.isEmpty() || !editable.get()) {
            return;
        }
        if (!items.isEmpty()) {
            message.set("The promise has milestones already; copy a proposal into the fields (Enter) to add it");
            return;
        }
        List<Milestone> keep = proposed;
        threads.load(() -> {
            milestones.addAll(promiseId, keep);
            return milestones.list(promiseId);
        }, rows -> {
            show(rows);
            message.set("Kept " + Wording.count(rows.size(), "proposed milestone", "proposed milestones")
                    + "; they go up with the next sync");
            changed.run();
        }, failure -> message.set("Could not keep the proposal: " + FailureWords.describe(failure)));
    }

    /** Copies proposal {@code number} (from 1) into the fields, to edit before adding it. */
    public void copyProposal(int number) {
        if (number >= 1 && number <= proposed.size()) {
            Milestone milestone = proposed.get(number - 1);
            newText.set(milestone.text());
            newDue.set(milestone.due().toString());
        }
    }

    private void showProposals() {
        List<Item> shown = new java.util.ArrayList<>();
        if (items.isEmpty()) {
            for (int i = 0; i < proposed.size(); i++) {
                Milestone m = proposed.get(i);
                shown.add(new Item(i + 1, m.text(), Wording.date(m.due()), false));
            }
        }
        proposals.setAll(shown);
    }

    public ObservableList<Item> proposals() {
        return proposals;
    }

    public void refresh() {
        threads.load(() -> milestones.list(promiseId), this::show,
                failure -> message.set("Could not read the milestones: " + FailureWords.describe(failure)));
    }

    /** Adds a milestone from the text and due date typed in; says what is wrong instead. */
    public void add() {
        String text = newText.get() == null ? "" : newText.get().strip();
        if (text.isEmpty()) {
            message.set("Say what is delivered at this milestone");
            return;
        }
        LocalDate due = DateText.parse(newDue.get()).orElse(null);
        if (due == null) {
            message.set("Write the due date as " + DateText.FORMS);
            return;
        }
        threads.load(() -> {
            try {
                MilestoneRow row = milestones.add(promiseId, text, due);
                return new Saved(row, milestones.list(promiseId));
            } catch (InvalidValueException refused) {
                return new Saved(null, List.of(), refused.getMessage());  // a rule the rep can act on, not a fault
            }
        }, saved -> {
            if (saved.row() == null) {
                message.set("Not added: " + saved.refused());
                return;
            }
            show(saved.all());
            newText.set("");
            newDue.set("");
            message.set("Added milestone " + saved.row().position() + "; it goes up with the next sync");
            changed.run();
        }, failure -> message.set("Could not add the milestone: " + FailureWords.describe(failure)));
    }

    /** Marks milestone {@code number} done, or not done when it is. */
    public void toggle(int number) {
        Item item = items.stream().filter(i -> i.number() == number).findFirst().orElse(null);
        if (item == null || !editable.get()) {
            return;
        }
        threads.load(() -> {
            MilestoneRow row = milestones.markDone(promiseId, number, !item.done());
            return new Saved(row, milestones.list(promiseId));
        }, saved -> {
            show(saved.all());
            message.set("Milestone " + number + " is " + (saved.row().milestone().done() ? "done" : "not done"));
            changed.run();
        }, failure -> message.set("Could not mark the milestone: " + FailureWords.describe(failure)));
    }

    /** What a write left: the row and the list read back, or why the rule refused it ({@code row} null). */
    private record Saved(MilestoneRow row, List<MilestoneRow> all, String refused) {
        Saved(MilestoneRow row, List<MilestoneRow> all) {
            this(row, all, null);
        }
    }

    private void show(List<MilestoneRow> rows) {
        items.setAll(rows.stream().map(r -> new Item(r.position(), r.milestone().text(), Wording.date(r.milestone().due()),
                r.milestone().done())).toList());
        showProposals();
    }

    public ObservableList<Item> items() {
        return items;
    }

    public StringProperty newTextProperty() {
        return newText;
    }

    public StringProperty newDueProperty() {
        return newDue;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }
}
