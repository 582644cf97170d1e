package com.promisedesk.ui.editor;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.PromiseRepository;
import com.promisedesk.ui.Threads;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saves the editor's promise in the background, newest first: while one save runs, later
 * edits wait and only the newest is written next. "Saved" is shown only once SQLite has
 * committed it, so what the screen calls saved survives a crash.
 */
final class PromiseSaver {

    static final String SAVED = "Saved";
    static final String SAVING = "Saving…";

    private final PromiseRepository promises;
    private final Threads threads;
    private final AtomicReference<Promise> waiting = new AtomicReference<>();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", SAVED);

    PromiseSaver(PromiseRepository promises, Threads threads) {
        this.promises = promises;
        this.threads = threads;
    }

    /** Saves {@code promise}; {@code onMessage} hears "Saved" or what went wrong, on the FX thread. */
    void save(Promise promise, Consumer<String> onMessage) {
        state.set(SAVING);
        if (waiting.getAndSet(promise) != null) {
            return; // a save is already queued; it will take this newer value
        }
        threads.load(this::writeNewest, saved -> {
            if (waiting.get() == null) {
                state.set(SAVED);
                onMessage.accept(SAVED);
            }
        }, failure -> {
            String problem = "Not saved: " + FailureWords.describe(failure) + ". Your edit is still on screen; try again.";
            state.set(problem);
            onMessage.accept(problem);
        });
    }

    private Promise writeNewest() {
        Promise newest = waiting.get();
        while (true) {
            try {
                promises.save(newest);
            } catch (RuntimeException e) {
                waiting.set(null);
                throw e;
            }
            if (waiting.compareAndSet(newest, null)) {
                return newest;
            }
            newest = waiting.get();
        }
    }

    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}
