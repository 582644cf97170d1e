package com.promisedesk.ui.conflicts;

import com.promisedesk.domain.Promise;
import com.promisedesk.store.SyncRecords.Conflict;
import com.promisedesk.store.SyncStore;
import com.promisedesk.store.file.BadFileException;
import com.promisedesk.sync.ConflictFields;
import com.promisedesk.ui.Threads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Conflicts screen. Lists the conflicts sync kept; for the selected one, every field
 * as base / theirs / yours with the side the rep takes: at first the side that changed the
 * field since base (theirs, the central store's version, where both or neither did).
 * {@link #resolve()} saves the result as a local change that the next sync sends with the
 * conflict marked resolved.
 */
public final class ConflictsViewModel {

    private final SyncStore store;
    private final Threads threads;
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final Map<UUID, ConflictFields> loaded = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canResolve = new ReadOnlyBooleanWrapper(this, "canResolve", false);
    private final ConflictWords words;
    private final Runnable resolved;
    private ConflictFields selected;
    private final ReadOnlyObjectWrapper<ConflictItem> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");

    public ConflictsViewModel(SyncStore store, Threads threads) {
        this(store, threads, code -> code, () -> { });
    }

    /**
     * @param capabilityName the name of a capability of the catalog in use, given its code
     * @param resolved       runs on the FX thread once a resolution is saved (the promise changed)
     */
    public ConflictsViewModel(SyncStore store, Threads threads, Function<String, String> capabilityName,
                              Runnable resolved) {
        this.store = store;
        this.threads = threads;
        this.words = new ConflictWords(capabilityName);
        this.resolved = resolved;
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
                        "resolving".equals(c.conflict().status())));
            }
            conflicts.setAll(items);
            message.set(message(items));
            // The one shown before stays shown; else the first opens at once, not an empty comparison.
            UUID shown = selected == null ? null : selected.conflict().id();
            select(items.stream().filter(i -> i.id().equals(shown)).findFirst()
                    .orElse(items.isEmpty() ? null : items.get(0)));
        }, failure -> message.set("Could not read the conflicts: " + failure.getMessage()));
    }

    /** "2 conflicts to resolve · 1 resolved, sent with the next sync", or that there are none. */
    static String message(List<ConflictItem> items) {
        long waiting = items.stream().filter(ConflictItem::resolving).count();
        long open = items.size() - waiting;
        String sent = waiting + " resolved, sent with the next sync";
        if (open == 0) {
            return waiting == 0 ? "No conflicts: every device agrees." : sent;
        }
        return open + (open == 1 ? " conflict" : " conflicts") + " to resolve" + (waiting == 0 ? "" : " · " + sent);
    }

    private List<ConflictFields> load() {
        List<ConflictFields> found = new ArrayList<>();
        for (Conflict conflict : store.conflicts()) {
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
        // The same conflict read again (after resolving it, say) keeps the picks the rep made.
        Map<String, ConflictFields.Side> picked = new HashMap<>();
        if (item != null && selected != null && item.id().equals(selected.conflict().id())) {
            fields.forEach(row -> picked.put(row.name(), row.pickProperty().get()));
        }
        selectedItem.set(item);
        selected = item == null ? null : loaded.get(item.id());
        if (selected == null) {
            fields.clear();
            canResolve.set(false);
            return;
        }
        List<FieldChoice> rows = new ArrayList<>();
        for (ConflictFields.Field field : selected.fields()) {
            FieldChoice row = new FieldChoice(field, words);
            if (picked.containsKey(field.name())) {
                row.pickProperty().set(picked.get(field.name()));
            }
            rows.add(row);
        }
        fields.setAll(rows);
        canResolve.set(true);
    }

    /** The promise the current picks make; throws with a message a rep can act on when they do not fit together. */
    public Promise merged() {
        Map<String, ConflictFields.Side> picks = new LinkedHashMap<>();
        for (FieldChoice row : fields) {
            picks.put(row.name(), row.pickProperty().get());
        }
        return selected.merge(picks);
    }

    /** Saves the picks as a local change (it syncs like any other) and reloads the list. */
    public void resolve() {
        if (selected == null) {
            return;
        }
        Promise merged;
        try {
            merged = merged();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        UUID id = selected.conflict().id();
        threads.load(() -> {
            store.resolve(id, merged);
            return id;
        }, done -> {
            refresh();
            resolved.run();
        }, failure -> message.set("Could not save the resolution: " + failure.getMessage()));
    }

    /** The conflict whose fields are shown; the list follows it. */
    public ReadOnlyObjectProperty<ConflictItem> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    public ObservableList<ConflictItem> conflicts() {
        return conflicts;
    }

    public ObservableList<FieldChoice> fields() {
        return fields;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResolveProperty() {
        return canResolve.getReadOnlyProperty();
    }
}
