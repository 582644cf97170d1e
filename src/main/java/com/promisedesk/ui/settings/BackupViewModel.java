package com.promisedesk.ui.settings;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Back up my data": one file, written in the background, that holds every promise, catalog
 * and change not yet synced, consistent while the app works (the local store's online backup).
 * Says where it went and how to restore it, or plainly why it failed; a failed backup leaves
 * no file behind.
 */
public final class BackupViewModel {

    private final UnaryOperator<Path> backUp;
    private final Threads threads;
    private final Clock clock;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);

    /** @param backUp writes the backup to the file given and returns it (the local store's {@code backupTo}) */
    public BackupViewModel(UnaryOperator<Path> backUp, Threads threads, Clock clock) {
        this.backUp = backUp;
        this.threads = threads;
        this.clock = clock;
    }

    /** The name offered for the file: promisedesk-backup-YYYY-MM-DD.db, today's date by the app's clock. */
    public String suggestedName() {
        return "promisedesk-backup-" + LocalDate.now(clock) + ".db";
    }

    /** Backs up to {@code file} in the background; the message says what came of it. */
    public void backUpTo(Path file) {
        if (running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        message.set("Backing up to " + file + "…");
        threads.load(() -> backUp.apply(file), written -> {
            running.set(false);
            message.set("Backed up to " + written + ". To restore it, close PromiseDesk and put this file in"
                    + " place of promisedesk.db in the data folder.");
        }, failure -> {
            running.set(false);
            failed.set(true);
            message.set(SettingsViewModel.sentence(FailureWords.describe(failure))
                    + " Nothing was written; choose another folder and try again.");
        });
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether the last backup failed (its message is then a warning). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
