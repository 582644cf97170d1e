package com.promisedesk.ui.editor;

import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's lists pane: what the customer expects, what the customer must supply, and the
 * one-time extras. Takes what the rep typed as typed, and reads it here (line numbers, dates).
 */
public final class EditorListsViewModel {

    private final DraftEdits draft;
    private final ObservableList<ListItems.ExpectationItem> expectations = FXCollections.observableArrayList();
    private final ObservableList<ListItems.ResponsibilityItem> responsibilities = FXCollections.observableArrayList();
    private final ObservableList<ListItems.ExtraItem> extras = FXCollections.observableArrayList();

    EditorListsViewModel(DraftEdits draft) {
        this.draft = draft;
    }

    /**
     * Adds what the customer expects, as the rep typed it; "Live before the freeze #1,3" (or
     * "… [1, 3]") also links it to lines 1 and 3, in one step. False when nothing was added:
     * then the editor's message says why (no words, or a line the promise does not have).
     */
    public boolean addExpectation(String typed) {
        ExpectationInput input = ExpectationInput.parse(typed);
        if (input.words().isEmpty()) {
            if (!input.lines().isEmpty()) {
                draft.message.set("Not added: type what the customer expects before the line numbers");
            }
            return false;
        }
        int before = draft.current().expectations().size();
        draft.edit(null, p -> p.withExpectations(append(p.expectations(), Expectation.open(input.words(),
                draft.rows().lineIndexes(input.lines(), p.lines().size())))));
        return draft.current().expectations().size() > before;
    }

    public void setExpectationText(int index, String text) {
        editExpectation(index, "expectation." + index + ".text",
                e -> new Expectation(text, e.lines(), e.status(), e.clarified()));
    }

    /** Links expectation {@code index} to the lines numbered (from 1) in {@code numbers}, e.g. "1, 3". */
    public void linkExpectation(int index, String numbers) {
        editExpectation(index, "expectation." + index + ".lines", e -> new Expectation(e.text(),
                draft.rows().lineIndexes(numbers, draft.current().lines().size()), e.status(), e.clarified()));
    }

    /** Links the expectation chosen in the list ({@code -1}: none, then the newest) to the lines typed. */
    public void linkChosen(int chosen, String numbers) {
        linkExpectation(chosen < 0 ? expectations.size() - 1 : chosen, numbers);
    }

    /** Marks how expectation {@code index} was read back; {@code clarified} only for CLARIFIED. */
    public void markExpectation(int index, ExpectationStatus status, String clarified) {
        editExpectation(index, null, e -> new Expectation(e.text(), e.lines(), status,
                status == ExpectationStatus.CLARIFIED ? clarified : null));
    }

    public void removeExpectation(int index) {
        draft.edit(null, p -> p.withExpectations(without(p.expectations(), index)));
    }

    public void addResponsibility(String text, LocalDate due, String lineNumbers) {
        draft.edit(null, p -> p.withResponsibilities(append(p.responsibilities(), new Responsibility(text, due,
                draft.rows().lineIndexes(lineNumbers, p.lines().size())))));
    }

    /**
     * Adds a responsibility as the rep typed it: its words, its due date in any form a date
     * field reads (a date not understood is left open), and the lines that move if it is late.
     * False when there are no words: nothing is added.
     */
    public boolean addTypedResponsibility(String text, String due, String lineNumbers) {
        if (text == null || text.isBlank()) {
            return false;
        }
        addResponsibility(text, draft.dateInput().parse(due).orElse(null), lineNumbers);
        return true;
    }

    public void addExtra(String text) {
        draft.edit(null, p -> p.withExtras(append(p.extras(), new Extra(text))));
    }

    /** Adds the typed one-time extra; false (nothing added) when nothing was typed. */
    public boolean addTypedExtra(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        addExtra(text);
        return true;
    }

    public void removeExtra(int index) {
        draft.edit(null, p -> p.withExtras(without(p.extras(), index)));
    }

    /** Follows the promise on screen; a list is replaced only when it changed, so typing elsewhere does not redraw it. */
    void show(Promise shown, PromiseCheck judged) {
        replaceIfChanged(expectations, draft.rows().expectations(shown));
        replaceIfChanged(responsibilities, draft.rows().responsibilities(shown, judged));
        replaceIfChanged(extras, shown.extras().stream().map(e -> new ListItems.ExtraItem(e.text())).toList());
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

    private void editExpectation(int index, String key, UnaryOperator<Expectation> change) {
        if (index >= 0 && index < draft.current().expectations().size()) {
            draft.edit(key, p -> {
                List<Expectation> changed = new ArrayList<>(p.expectations());
                changed.set(index, change.apply(changed.get(index)));
                return p.withExpectations(changed);
            });
        }
    }

    private static <T> void replaceIfChanged(ObservableList<T> shown, List<T> next) {
        if (!shown.equals(next)) {
            shown.setAll(next);
        }
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
}
