package com.promisedesk.ui.conflicts;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.Conflict;
import com.promisedesk.store.SyncStore;
import com.promisedesk.file.BadFileException;
import com.promisedesk.sync.ConflictFields;
import com.promisedesk.sync.ConflictFields.Side;
import com.promisedesk.sync.ConflictPicks;
import com.promisedesk.sync.ConflictWords;
import com.promisedesk.ui.Threads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Conflicts screen. Lists the conflicts sync kept; for the selected one, the fields the
 * two sides disagree on (all of them on request) as base / theirs / yours, with the side the
 * rep takes: at first the side that changed the field since base (theirs, the central
 * store's version, where both or neither did; the lines' side for what points at lines, which
 * follows the lines when the rep takes them from another side). The rules are
 * {@link ConflictPicks}', which {@code conflicts resolve} keeps too. {@link #resolve()}
 * saves the result as a local change that the next sync sends with the conflict marked
 * resolved; a conflict resolved here is shown, not resolved again.
 */
public final class ConflictsViewModel {

    private final SyncStore store;
    private final Threads threads;
    private final ConflictWords words;
    private final Runnable resolved;
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final FilteredList<FieldChoice> shownFields = new FilteredList<>(fields, FieldChoice::differs);
    private final BooleanProperty showSame = new SimpleBooleanProperty(this, "showSame", false);
    private final Map<UUID, ConflictFields> loaded = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canResolve = new ReadOnlyBooleanWrapper(this, "canResolve", false);
    private final ReadOnlyObjectWrapper<ConflictItem> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private ConflictFields selected;
    private ConflictPicks picks;
    private boolean following;

    /**
     * @param catalog  the catalog in use, which names the capabilities of the lines compared
     * @param resolved runs on the FX thread once a resolution is saved (the promise changed)
     */
    public ConflictsViewModel(SyncStore store, Threads threads, Supplier<Catalog> catalog, Runnable resolved) {
        this.store = store;
        this.threads = threads;
        this.words = new ConflictWords(catalog);
        this.resolved = resolved;
        shownFields.predicateProperty().bind(Bindings.createObjectBinding(
                () -> showSame.get() ? row -> true : FieldChoice::differs, showSame));
    }

    /** Reloads the conflicts from the store in the background. */
    public void refresh() {
        threads.load(this::load, found -> {
            loaded.clear();
            List<ConflictItem> items = new ArrayList<>();
            for (ConflictFields c : found) {
                loaded.put(c.conflict().id(), c);
                items.add(new ConflictItem(c.conflict().id(), c.theirs().title(), c.theirs().customer().name(),
                        c.differing().stream().map(ConflictWords::label).collect(Collectors.joining(", ")),
                        c.resolvedHere()));
            }
            UUID shown = selected == null ? null : selected.conflict().id();
            selected = null;
            conflicts.setAll(items);
            message.set(message(items));
            // The one shown before stays shown; else the first still to resolve opens at once.
            select(items.stream().filter(i -> i.id().equals(shown)).findFirst()
                    .or(() -> items.stream().filter(i -> !i.resolving()).findFirst())
                    .orElse(items.isEmpty() ? null : items.get(0)));
        }, failure -> message.set("Could not read the conflicts: " + FailureWords.describe(failure)));
    }

    /** "2 conflicts to resolve · 1 resolved, sent with the next sync", or that there are none. */
    static String message(List<ConflictItem> items) {
        long waiting = items.stream().filter(ConflictItem::resolving).count();
        long open = items.size() - waiting;
        String sent = waiting + " resolved, sent with the next sync";
        if (open == 0) {
            return waiting == 0 ? "No conflicts: every device agrees." : sent;
        }
        return Wording.count(open, "conflict", "conflicts") + " to resolve" + (waiting == 0 ? "" : " · " + sent);
    }

    private List<ConflictFields> load() {
        List<ConflictFields> found = new ArrayList<>();
        for (Conflict conflict : store.conflicts().list()) {
            try {
                found.add(ConflictFields.of(conflict));
            } catch (BadFileException e) {
                throw new IllegalStateException("conflict " + conflict.id() + " cannot be read: " + e.getMessage(), e);
            }
        }
        return found;
    }

    /** Shows the fields of {@code item}; null clears the comparison. */
    public void select(ConflictItem item) {
        if (item != null && selected != null && loaded.get(item.id()) == selected) {
            return;  // the list confirming what is shown: the rep's picks stay
        }
        selectedItem.set(item);
        selected = item == null ? null : loaded.get(item.id());
        if (selected == null) {
            picks = null;
            fields.clear();
            canResolve.set(false);
            return;
        }
        ConflictPicks shown = new ConflictPicks(selected);
        picks = shown;
        List<FieldChoice> rows = new ArrayList<>();
        for (ConflictFields.Field field : shown.fields()) {
            FieldChoice row = new FieldChoice(field, words, shown);
            row.pickProperty().addListener((o, before, side) -> picked(shown, row, side));
            rows.add(row);
        }
        fields.setAll(rows);
        canResolve.set(shown.open());
    }

    /** A pick made on the screen goes to the picks; the rows whose pick follows it (what points at the lines) show theirs. */
    private void picked(ConflictPicks shown, FieldChoice row, Side side) {
        if (following || side == null || shown != picks || !shown.open()) {
            return;
        }
        following = true;
        try {
            List<String> changed = shown.take(row.name(), side);
            for (FieldChoice other : fields) {
                if (other != row && changed.contains(other.name())) {
                    other.pickProperty().set(shown.pick(other.name()));
                }
            }
        } finally {
            following = false;
        }
    }

    /** Takes {@code side} for {@code row} where it is one of the {@link FieldChoice#sides() sides} the rep may take. */
    public void take(FieldChoice row, Side side) {
        if (row.sides().contains(side)) {
            row.pickProperty().set(side);
        }
    }

    /** The promise the current picks make; throws with a message a rep can act on when they do not fit together. */
    public Promise merged() {
        return picks.merged();
    }

    /** Saves the picks as a local change (it syncs like any other) and reloads the list. */
    public void resolve() {
        if (selected == null || !canResolve.get()) {
            return;
        }
        Promise merged;
        try {
            merged = merged();
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
            return;
        }
        UUID id = selected.conflict().id();
        canResolve.set(false);  // once: a second press while it is saved would save it again
        threads.load(() -> {
            store.conflicts().resolve(id, merged);
            return id;
        }, done -> {
            refresh();
            resolved.run();
        }, failure -> {
            message.set("Could not save the resolution: " + FailureWords.describe(failure));
            canResolve.set(true);
        });
    }

    /** The conflict whose fields are shown; the list follows it. */
    public ReadOnlyObjectProperty<ConflictItem> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    public ObservableList<ConflictItem> conflicts() {
        return conflicts;
    }

    /** Every field of the conflict shown, in the order of the promise file. */
    public ObservableList<FieldChoice> fields() {
        return fields;
    }

    /** The fields the table shows: those the sides disagree on, or all of them with {@link #showSameProperty()}. */
    public ObservableList<FieldChoice> shownFields() {
        return shownFields;
    }

    /** Whether the fields both sides agree on are shown too. */
    public BooleanProperty showSameProperty() {
        return showSame;
    }

    /** "Show the fields both sides agree on (6)". */
    public ObservableStringValue showSameText() {
        return Bindings.createStringBinding(() -> "Show the fields both sides agree on ("
                + fields.stream().filter(f -> !f.differs()).count() + ")", fields);
    }

    /** What the table says when it has no rows. */
    public ObservableStringValue emptyTableText() {
        return Bindings.createStringBinding(() -> fields.isEmpty()
                ? "Pick a conflict on the left to compare its versions."
                : "Both versions agree on every field: Resolve keeps them.", fields);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResolveProperty() {
        return canResolve.getReadOnlyProperty();
    }
}
