package com.promisedesk.ui.shell;

import com.promisedesk.check.Wording;
import com.promisedesk.store.Outbox;
import com.promisedesk.store.SyncStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window: which screen is shown, and the status bar (catalog version,
 * changes waiting to sync, last sync).
 */
public final class MainViewModel {

    private final Threads threads;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.TODAY);
    private final ReadOnlyStringWrapper catalogStatus = new ReadOnlyStringWrapper(this, "catalogStatus",
            "Opening your local store…");
    private final ReadOnlyStringWrapper pendingStatus = new ReadOnlyStringWrapper(this, "pendingStatus", "");
    private final ReadOnlyStringWrapper syncStatus = new ReadOnlyStringWrapper(this, "syncStatus", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Outbox outbox;
    private SyncStore sync;

    public MainViewModel(Threads threads) {
        this.threads = threads;
    }

    /**
     * The local store is open; the status bar names the catalog in use, and follows when a
     * new one is swapped in, and counts the changes to sync and the conflicts to resolve.
     */
    public void opened(Outbox openedOutbox, SyncStore openedSync, JudgingInUse catalog) {
        this.outbox = openedOutbox;
        this.sync = openedSync;
        catalogStatus.bind(Bindings.createStringBinding(() -> "Catalog " + catalog.get().version(),
                catalog.property()));
        syncStatus.set("Not synced yet");
        refreshPending();
    }

    /** The local store could not be opened: say what happened and what to do. */
    public void failedToOpen(String why) {
        catalogStatus.set("Local store not open");
        problem.set("PromiseDesk could not open its local store: " + why
                + ". Check that the data folder is writable, then start PromiseDesk again.");
    }

    /** Re-reads how many changes wait in the outbox, and how many conflicts wait for the rep. */
    public void refreshPending() {
        if (outbox == null) {
            return;
        }
        threads.load(() -> new Waiting(outbox.pendingItems(), sync.conflicts().openCount()),
                waiting -> pendingStatus.set(pendingText(waiting.changes(), waiting.conflicts())),
                failure -> pendingStatus.set("Changes to sync: unknown"));
    }

    /** Shows when the last sync was ("Last sync 17:42", "Never synced") in the status bar. */
    public void showLastSync(String words) {
        syncStatus.set(words);
    }

    /** Shows {@code words} in the status bar ("Saved", or what went wrong); a save also recounts the outbox. */
    public void say(String words) {
        message.set(words == null ? "" : words);
        refreshPending();
    }

    /** What waits: changes for the next sync, conflicts for the rep. */
    private record Waiting(int changes, int conflicts) {
    }

    static String pendingText(int changes, int conflicts) {
        String toSync = changes == 0 ? "Nothing to sync" : Wording.count(changes, "change", "changes") + " to sync";
        if (conflicts == 0) {
            return toSync;
        }
        return Wording.count(conflicts, "conflict", "conflicts") + " to resolve (Sync)"
                + (changes == 0 ? "" : " · " + toSync);
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyStringProperty catalogStatusProperty() {
        return catalogStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingStatusProperty() {
        return pendingStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncStatusProperty() {
        return syncStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
