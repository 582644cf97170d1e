package com.promisedesk.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.Conflict;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords;
import com.promisedesk.sync.ConflictFields;
import com.promisedesk.sync.ConflictWords;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Base / theirs / yours field by field, a pick per field, and the resolution queued for sync. */
class ConflictsViewModelTest {

    @TempDir
    Path dir;

    private LocalStore store;
    private Promise base;
    private UUID conflictId;

    private static Promise promise(UUID id, String customer, String title, int lines) {
        List<CommitmentLine> l = lines == 1 ? List.of(CommitmentLine.of("ONB-STD", 1, null))
                : List.of(CommitmentLine.of("ONB-STD", 1, null), CommitmentLine.of("SUP-PREM", 1, null));
        return new Promise(id, new Customer(customer, "EU", null), title, LocalDate.of(2026, 11, 23),
                PromiseStatus.DRAFT, l, List.of(), List.of(), List.of());
    }

    @BeforeEach
    void conflict() {
        store = LocalStore.open(dir);
        base = promise(UUID.randomUUID(), "Northwind", "Rollout", 1);
        Promise theirs = promise(base.id(), "Northwind", "Rollout, phase 1", 1);
        Promise yours = promise(base.id(), "Northwind GmbH", "Rollout", 2);
        conflictId = UUID.randomUUID();
        store.sync().applyPulled(new SyncRecords.PulledPage(List.of(new SyncRecords.SyncedPromise(theirs, 2)),
                List.of(new Conflict(conflictId, base.id(), "open", 1, PromiseFile.write(base), 2,
                        PromiseFile.write(theirs), PromiseFile.write(yours), Instant.parse("2026-11-23T17:00:00Z"))),
                List.of(), null, 4, true));
    }

    private Catalog catalog() {
        return CurrentCatalog.loadOrImportSample(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsTheConflictWithTheFieldsThatDiffer() {
        ConflictsViewModel model = new ConflictsViewModel(store.sync(), Threads.inline(), this::catalog, () -> { });
        model.refresh();
        assertThat(model.conflicts()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Rollout, phase 1");
            assertThat(item.differs()).isEqualTo("Customer, Title, Lines");
        });
        model.select(model.conflicts().get(0));
        assertThat(model.fields()).extracting(FieldChoice::name).containsExactly("customer", "title", "start",
                "status", "lines", "expectations", "responsibilities", "extras", "language");
        assertThat(model.fields()).extracting(FieldChoice::label).containsExactly("Customer", "Title", "Start",
                "Status", "Lines", "Expectations", "Responsibilities", "Extras", "Customer's language");
        FieldChoice title = model.fields().get(1);
        assertThat(title.base()).isEqualTo("Rollout");
        assertThat(title.theirs()).isEqualTo("Rollout, phase 1");
        assertThat(title.yours()).isEqualTo("Rollout");
        assertThat(model.canResolveProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("1 conflict to resolve");
    }

    @Test
    void eachFieldIsWordedAsTheOtherScreensWordIt() {
        ConflictsViewModel model = new ConflictsViewModel(store.sync(), Threads.inline(), this::catalog, () -> { });
        model.refresh();
        model.select(model.conflicts().get(0));

        assertThat(model.fields()).extracting(FieldChoice::change).containsExactly("changed in yours",
                "changed in theirs", "same on both", "same on both", "changed in yours", "same on both", "same on both",
                "same on both", "same on both");
        assertThat(model.fields().get(8).theirs()).isEqualTo("English");
        assertThat(model.fields().get(0).yours()).isEqualTo("Northwind GmbH · EU");
        assertThat(model.fields().get(2).theirs()).isEqualTo("Mon 23 Nov 2026");
        assertThat(model.fields().get(3).theirs()).isEqualTo("Draft");
        assertThat(model.fields().get(4).yours()).isEqualTo("1. Standard onboarding × 1 · standard date\n"
                + "2. Premium support × 1 · standard date");
        assertThat(model.fields().get(5).theirs()).isEqualTo("None");
        assertThat(model.fields().get(4).yoursItems()).as("the line added on the kept-aside side stands out")
                .extracting(ConflictWords.Item::changed).containsExactly(false, true);
        assertThat(model.fields().get(1).theirsItems()).extracting(ConflictWords.Item::changed).containsExactly(true);
        assertThat(model.fields().get(1).yoursItems()).extracting(ConflictWords.Item::changed).containsExactly(false);
        assertThat(model.fields().get(1).baseItems()).extracting(ConflictWords.Item::changed).containsExactly(false);
        assertThat(model.fields().get(2).theirsItems()).as("nothing stands out where the sides agree")
                .extracting(ConflictWords.Item::changed).containsExactly(false);
    }

    @Test
    void resolvingWithoutPicksKeepsWhatEachSideChanged() {
        ConflictsViewModel model = new ConflictsViewModel(store.sync(), Threads.inline(), this::catalog, () -> { });
        model.refresh();
        model.select(model.conflicts().get(0));

        assertThat(model.fields()).extracting(f -> f.pickProperty().get()).containsExactly(ConflictFields.Side.YOURS,
                ConflictFields.Side.THEIRS, ConflictFields.Side.THEIRS, ConflictFields.Side.THEIRS,
                ConflictFields.Side.YOURS, ConflictFields.Side.THEIRS, ConflictFields.Side.THEIRS,
                ConflictFields.Side.THEIRS, ConflictFields.Side.THEIRS);
        model.resolve();

        Promise saved = store.promises().find(base.id()).orElseThrow();
        assertThat(saved.customer().name()).as("renamed on the device whose push was kept aside").isEqualTo("Northwind GmbH");
        assertThat(saved.title()).as("retitled on the device that synced first").isEqualTo("Rollout, phase 1");
        assertThat(saved.lines()).hasSize(2);
    }

    @Test
    void picksPerFieldMakeTheResolutionThatSyncsNext() {
        int[] resolved = {0};
        ConflictsViewModel model = new ConflictsViewModel(store.sync(), Threads.inline(), this::catalog, () -> resolved[0]++);
        model.refresh();
        model.select(model.conflicts().get(0));
        model.fields().get(0).pickProperty().set(ConflictFields.Side.BASE);
        model.fields().get(1).pickProperty().set(ConflictFields.Side.YOURS);
        model.resolve();

        Promise saved = store.promises().find(base.id()).orElseThrow();
        assertThat(saved.customer().name()).isEqualTo("Northwind");
        assertThat(saved.title()).isEqualTo("Rollout");
        assertThat(saved.lines()).hasSize(2);
        assertThat(store.sync().pendingPushes(10)).singleElement()
                .satisfies(push -> assertThat(push.resolves()).containsExactly(conflictId));
        assertThat(model.messageProperty().get()).isEqualTo("1 resolved, sent with the next sync");
        assertThat(model.conflicts()).singleElement().satisfies(item -> assertThat(item.resolving()).isTrue());
        assertThat(resolved[0]).as("told once, so the app judges its other promises against the saved one").isOne();

        assertThat(model.canResolveProperty().get()).as("resolved here: shown, not resolved again").isFalse();
        assertThat(model.fields()).allMatch(f -> f.sides().isEmpty());
        store.promises().save(saved.withTitle("Rollout, edited after resolving"));
        model.take(model.fields().get(1), ConflictFields.Side.THEIRS);
        model.resolve();
        assertThat(store.promises().find(base.id()).orElseThrow().title()).as("a later edit is not overwritten")
                .isEqualTo("Rollout, edited after resolving");
    }

    @Test
    void theFirstConflictStillToResolveOpensFirst() {
        ConflictsViewModel model = new ConflictsViewModel(store.sync(), Threads.inline(), this::catalog, () -> { });
        model.refresh();
        model.resolve();  // the one conflict, resolved here and waiting to sync
        Promise other = promise(UUID.randomUUID(), "Ostwind", "Pilot", 1);
        store.sync().applyPulled(new SyncRecords.PulledPage(List.of(new SyncRecords.SyncedPromise(other, 2)),
                List.of(new Conflict(UUID.randomUUID(), other.id(), "open", 1, PromiseFile.write(other), 2,
                        PromiseFile.write(other), PromiseFile.write(other.withTitle("Pilot, two depots")),
                        Instant.parse("2026-11-24T09:00:00Z"))), List.of(), null, 5, true));

        ConflictsViewModel later = new ConflictsViewModel(store.sync(), Threads.inline(), this::catalog, () -> { });
        later.refresh();

        assertThat(later.conflicts()).extracting(ConflictItem::resolving).containsExactly(true, false);
        assertThat(later.selectedItemProperty().get().title()).isEqualTo("Pilot");
        assertThat(later.canResolveProperty().get()).isTrue();
        assertThat(later.messageProperty().get()).isEqualTo("1 conflict to resolve · 1 resolved, sent with the next sync");
    }

    @Test
    void onlyTheFieldsTheSidesDisagreeOnAreShownUnlessAsked() {
        ConflictsViewModel model = new ConflictsViewModel(store.sync(), Threads.inline(), this::catalog, () -> { });
        model.refresh();

        assertThat(model.shownFields()).extracting(FieldChoice::label).containsExactly("Customer", "Title", "Lines");
        assertThat(model.showSameText().get()).isEqualTo("Show the fields both sides agree on (6)");
        model.showSameProperty().set(true);
        assertThat(model.shownFields()).hasSize(9);
        model.take(model.fields().get(0), ConflictFields.Side.BASE);
        assertThat(model.fields().get(0).pickProperty().get()).isEqualTo(ConflictFields.Side.BASE);
    }

    @Test
    void theMessageCountsWhatIsLeftToResolveApartFromWhatWaitsToBeSent() {
        ConflictItem open = new ConflictItem(UUID.randomUUID(), "Rollout", "Northwind", "Title", false);
        ConflictItem sent = new ConflictItem(UUID.randomUUID(), "Pilot", "Ostwind", "Lines", true);

        assertThat(ConflictsViewModel.message(List.of())).isEqualTo("No conflicts: every device agrees.");
        assertThat(ConflictsViewModel.message(List.of(open, open))).isEqualTo("2 conflicts to resolve");
        assertThat(ConflictsViewModel.message(List.of(open, sent)))
                .isEqualTo("1 conflict to resolve · 1 resolved, sent with the next sync");
        assertThat(ConflictsViewModel.message(List.of(sent))).isEqualTo("1 resolved, sent with the next sync");
    }

    @Test
    void takingTheLinesFromASideTakesWhatPointsAtThemFromTheSameSide() {
        Promise before = promise(UUID.randomUUID(), "Ostwind", "Pilot", 1);
        Promise theirs = before.withLine(0, CommitmentLine.of("ONB-STD", 2, null));
        Promise yours = promise(before.id(), "Ostwind", "Pilot", 2)
                .withExpectations(List.of(com.promisedesk.domain.Expectation.open("Someone to call at night", List.of(1))));
        store.sync().applyPulled(new SyncRecords.PulledPage(List.of(new SyncRecords.SyncedPromise(theirs, 2)),
                List.of(new Conflict(UUID.randomUUID(), before.id(), "open", 1, PromiseFile.write(before), 2,
                        PromiseFile.write(theirs), PromiseFile.write(yours), Instant.parse("2026-11-24T09:00:00Z"))),
                List.of(), null, 5, true));
        ConflictsViewModel model = new ConflictsViewModel(store.sync(), Threads.inline(), this::catalog, () -> { });
        model.refresh();
        model.select(model.conflicts().stream().filter(c -> c.title().equals("Pilot")).findFirst().orElseThrow());
        FieldChoice lines = model.fields().get(4);
        FieldChoice expectations = model.fields().get(5);
        assertThat(expectations.change()).isEqualTo("goes with the lines");
        assertThat(expectations.pickProperty().get()).isEqualTo(ConflictFields.Side.THEIRS);

        model.take(lines, ConflictFields.Side.YOURS);

        assertThat(expectations.pickProperty().get()).as("the expectation of line 2 comes with yours' lines")
                .isEqualTo(ConflictFields.Side.YOURS);
        model.take(expectations, ConflictFields.Side.THEIRS);
        assertThat(lines.pickProperty().get()).as("a pick of its own stays").isEqualTo(ConflictFields.Side.YOURS);
        model.take(expectations, ConflictFields.Side.YOURS);
        model.resolve();
        Promise saved = store.promises().find(before.id()).orElseThrow();
        assertThat(saved.lines()).hasSize(2);
        assertThat(saved.expectations()).extracting(com.promisedesk.domain.Expectation::text)
                .containsExactly("Someone to call at night");
    }
}
