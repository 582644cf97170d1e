package com.promisedesk.ui.editor;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Run in a child JVM by {@link CrashRecoveryTest}: edits a promise with the editor's own
 * background saving, waits until the editor says "Saved", prints the promise id, then dies
 * at once — no close, no shutdown hooks, as when the power goes.
 */
public final class EditThenHalt {

    private EditThenHalt() {
    }

    public static void main(String[] args) throws Exception {
        LocalStore store = LocalStore.open(Path.of(args[0]));
        Catalog catalog = CurrentCatalog.loadOrImportSample(store);
        ExecutorService background = Executors.newSingleThreadExecutor();
        ExecutorService fx = Executors.newSingleThreadExecutor();
        CountDownLatch saved = new CountDownLatch(1);
        Promise[] shown = new Promise[1];
        fx.submit(() -> {
            EditorViewModel editor = new EditorViewModel(
                    Promise.draft(new Customer("Northwind Traders", "EU", null), "Crash test", LocalDate.of(2026, 11, 23)),
                    JudgingInUse.fixed(catalog), store.promises(), new Threads(background, fx),
                    LocalDate.of(2026, 11, 23));
            editor.addCapabilityLine("FLEET-CORE");
            editor.setQuantity(0, 42);
            editor.saveStateProperty().addListener((o, was, now) -> {
                if (now.equals("Saved")) {
                    shown[0] = editor.promiseProperty().get();
                    saved.countDown();
                }
            });
        }).get();
        saved.await();
        System.out.println("SAVED " + shown[0].id());
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
