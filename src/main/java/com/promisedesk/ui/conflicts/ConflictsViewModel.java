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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Conflicts screen. Lists the conflicts sync kept; for the selected one, every field
 * as base / theirs / yours with the side the rep takes (theirs, the central store's
 * version, unless the rep picks otherwise). {@link #resolve()} saves the result as a
 * local change that the next sync sends with the conflict marked resolved.
 */
public final class ConflictsViewModel {

    private final SyncStore store;
    private final Threads threads;
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final Map<UUID, ConflictFields> loaded = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canResolve = new ReadOnlyBooleanWrapper(this, "canResolve", false);
    private final Runnable resolved;
    private ConflictFields selected;

    public ConflictsViewModel(SyncStore store, Threads threads) {
        this(store, threads, () -> { });
    }

    /** @param resolved runs on the FX thread once a resolution is saved (the promise changed) */
    public ConflictsViewModel(SyncStore store, Threads threads, Runnable resolved) {
        this.store = store;
        this.threads = threads;
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
                        String.join(", ", c.differing()), "resolving".equals(c.conflict().status())));
            }
            conflicts.setAll(items);
            message.set(items.isEmpty() ? "No conflicts: every device agrees." : items.size()
                    + (items.size() == 1 ? " conflict" : " conflicts") + " to resolve");
            select(null);
        }, failure -> message.set("Could not read the conflicts: " + failure.getMessage()));
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
        selected = item == null ? null : loaded.get(item.id());
        if (selected == null) {
            fields.clear();
            canResolve.set(false);
            return;
        }
        List<FieldChoice> rows = new ArrayList<>();
        for (ConflictFields.Field field : selected.fields()) {
            rows.add(new FieldChoice(field, ConflictFields.Side.THEIRS));
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
            message.set("Resolved; it is sent with the next sync.");
            resolved.run();
        }, failure -> message.set("Could not save the resolution: " + failure.getMessage()));
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
