package com.promisedesk.ui;

import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.Conflict;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A data folder with something on every screen: the sample catalog and its three sample
 * promises (Baltic agreed, with milestones), an exception request waiting for a decision,
 * and a sync conflict on a fourth promise.
 */
final class SampleDesk {

    /** The promise opened in the editor: it has a line at every tier of approval. */
    final Promise ostwind;
    /** The agreed promise, whose milestones are shown. */
    final Promise baltic;

    private SampleDesk(Promise ostwind, Promise baltic) {
        this.ostwind = ostwind;
        this.baltic = baltic;
    }

    static SampleDesk fill(Path dataDir) {
        try (LocalStore store = LocalStore.open(dataDir)) {
            CurrentCatalog.loadOrImportSample(store);
            Promise ostwind = sample("promise-ostwind.json");
            Promise baltic = sample("promise-baltic.json").withStatus(PromiseStatus.AGREED);
            for (Promise promise : List.of(sample("promise-northwind.json"), ostwind, baltic)) {
                store.promises().save(promise);
            }
            store.requests().request(ostwind.id(), 5, 2, List.of("sales-lead", "product"),
                    "450 boxes before Christmas: the customer's season starts in January");
            store.milestones().add(baltic.id(), "Telematics boxes installed in the first 40 trucks", LocalDate.of(2026, 12, 21));
            store.milestones().add(baltic.id(), "Dispatchers trained", LocalDate.of(2026, 12, 22));
            conflict(store, sample("promise-northwind.json"));
            return new SampleDesk(ostwind, baltic);
        }
    }

    /** The same promise changed here and in the central store: its title differs on all three sides. */
    private static void conflict(LocalStore store, Promise northwind) {
        UUID id = UUID.randomUUID();
        Promise base = new Promise(id, northwind.customer(), "Hansa depots", northwind.start(), PromiseStatus.DRAFT,
                northwind.lines(), List.of(), List.of(), List.of());
        Promise theirs = base.withTitle("Hansa depots, phase 1");
        store.sync().applyPulled(new SyncRecords.PulledPage(List.of(new SyncRecords.SyncedPromise(theirs, 2)),
                List.of(new Conflict(UUID.randomUUID(), id, "open", 1, PromiseFile.write(base), 2,
                        PromiseFile.write(theirs), PromiseFile.write(base.withTitle("Hansa depots, all sites")),
                        Instant.parse("2026-11-23T17:00:00Z"))), List.of(), null, 3, true));
    }

    private static Promise sample(String name) {
        try (InputStream in = SampleDesk.class.getResourceAsStream("/com/promisedesk/sample/" + name)) {
            return PromiseFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.promisedesk.file.BadFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
