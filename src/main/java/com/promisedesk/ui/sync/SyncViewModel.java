package com.promisedesk.ui.sync;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncStore;
import com.promisedesk.sync.RememberedServer;
import com.promisedesk.sync.SyncException;
import com.promisedesk.sync.SyncRound;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Sync button and the status bar's sync line. {@link #sync()} runs one round in the
 * background; progress comes back on the FX thread; a catalog version and the team's
 * bookings it pulled are the ones every screen judges by at once. After {@link #END_OF_DAY} with
 * changes waiting and no sync today, {@link #reminderProperty()} asks the rep to sync.
 */
public final class SyncViewModel {

    /** Makes one round, reporting to {@code progress}; throws when sync is not set up or the server is refused. */
    @FunctionalInterface
    public interface Rounds {
        SyncRound create(Consumer<SyncRound.Progress> progress) throws SyncException;
    }

    /** From this local time on, unsynced changes earn a reminder. */
    public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
    static final String NOT_SET_UP = "Sync is not set up yet: connect to your company's central store first"
            + " (Connect to the central store…); after that Sync now (F9) is enough.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");

    private final SyncStore store;
    private final Rounds rounds;
    private final JudgingInUse catalog;
    private final Threads threads;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper(this, "lastSync", "Never synced");
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending", 0);
    private final ReadOnlyBooleanWrapper reminder = new ReadOnlyBooleanWrapper(this, "reminder", false);
    private final javafx.beans.property.BooleanProperty connected =
            new javafx.beans.property.SimpleBooleanProperty(this, "connected", false);
    private Runnable toConnect = () -> { };

    public SyncViewModel(SyncStore store, Rounds rounds, JudgingInUse catalog, Threads threads, Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.catalog = catalog;
        this.threads = threads;
        this.clock = clock;
    }

    /** The entry point for the shell: the server and token remembered by {@code promisedesk sync}. */
    public static SyncViewModel of(LocalStore store, Path dataDir, JudgingInUse catalog, Threads threads, Clock clock) {
        RememberedServer remembered = new RememberedServer(store.sync(), dataDir);
        // The app never passes --insecure-http: plain http:// only to this machine, as on the command line.
        Rounds rounds = progress -> new SyncRound(remembered.resolve(null, null, false).client(), store.sync(),
                SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE, progress);
        return new SyncViewModel(store.sync(), rounds, catalog, threads, clock);
    }

    /** Set by the shell: what "Connect to the central store…" opens. */
    public void setToConnect(Runnable toConnect) {
        this.toConnect = toConnect;
    }

    /** Opens the Connect screen (to connect, or to see the connection and sign out). */
    public void connect() {
        toConnect.run();
    }

    /** Whether a central store and a token are remembered; the shell keeps it in step with the Connect screen. */
    public javafx.beans.property.BooleanProperty connectedProperty() {
        return connected;
    }

    /** Reads last sync and pending changes from the store, in the background (the conflicts view reads its own). */
    public void refresh() {
        threads.load(() -> new Counts(store.cursor().lastSyncAt(), store.pendingChanges()),
                this::show, failure -> status.set("Could not read the sync state: " + FailureWords.describe(failure)));
    }

    /** One round in the background; a second call while one runs does nothing. */
    public void sync() {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set("Syncing…");
        threads.load(() -> {
            try {
                return rounds.create(p -> threads.fx().execute(() -> showProgress(p))).run();
            } catch (SyncException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, summary -> {
            running.set(false);
            progress.set(1);
            status.set("Synced: " + summary.pushed() + " sent, " + summary.pulled() + " received"
                    + (summary.newCatalogs().isEmpty() ? "" : ", new catalog " + String.join(", ", summary.newCatalogs()))
                    + summary.notices().stream().map(notice -> "\n" + notice).collect(Collectors.joining()));
            // A new catalog version, the team's bookings: every screen judges by what was pulled.
            catalog.reload(failure -> status.set("Synced, but what was pulled could not be read: " + message(failure)
                    + " Restart PromiseDesk to use it."));
            refresh();
        }, failure -> {
            running.set(false);
            progress.set(0);
            status.set(notSetUp(failure) ? NOT_SET_UP
                    : "Sync stopped: " + message(failure) + " Nothing was lost; try again.");
            // The pages applied before it stopped stay applied: judge by what they brought.
            catalog.reload(reading -> status.set(status.get() + "\nWhat was pulled could not be read: "
                    + message(reading)));
            refresh();
        });
    }

    private static boolean notSetUp(Throwable failure) {
        return cause(failure) instanceof SyncException e && e.notSetUp();
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    private static String message(Throwable failure) {
        Throwable cause = cause(failure);
        String text = FailureWords.describe(cause);
        return text.endsWith(".") ? text : text + ".";
    }

    private void showProgress(SyncRound.Progress p) {
        if (p.phase().equals("push") && p.toPush() > 0) {
            progress.set(0.5 * p.pushed() / p.toPush());
            status.set("Sending " + p.pushed() + " of " + p.toPush() + " changes…");
        } else if (p.phase().equals("pull")) {
            progress.set(-1);
            status.set("Receiving… " + p.pulled() + " records, " + p.bytesDown() / 1024 + " KB");
        }
    }

    private void show(Counts counts) {
        pending.set(counts.pending());
        lastSync.set(counts.last().map(t -> "Last sync " + TIME.format(t.atZone(zone()))).orElse("Never synced"));
        boolean lateInTheDay = !LocalTime.now(clock).isBefore(END_OF_DAY);
        boolean syncedToday = counts.last().map(t -> t.atZone(zone()).toLocalDate()
                .equals(clock.instant().atZone(zone()).toLocalDate())).orElse(false);
        reminder.set(lateInTheDay && counts.pending() > 0 && !syncedToday);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private record Counts(Optional<Instant> last, int pending) {
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while the amount of work is unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** Promises with changes not yet sent. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Past the end of the working day with changes not yet synced today. */
    public ReadOnlyBooleanProperty reminderProperty() {
        return reminder.getReadOnlyProperty();
    }
}
