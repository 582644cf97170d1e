package com.promisedesk.ui.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Milestones section's view model against a real store, without JavaFX running. */
class MilestonesViewModelTest {

    @TempDir
    Path dir;

    private LocalStore store;
    private final UUID promiseId = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = LocalStore.open(dir);
        store.promises().save(new Promise(promiseId, new Customer("Northwind", "EU", null), "Rollout",
                LocalDate.of(2026, 11, 23), PromiseStatus.AGREED, List.of(CommitmentLine.of("ONB-STD", 1, null)),
                List.of(), List.of(), List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private MilestonesViewModel model(PromiseStatus status) {
        return new MilestonesViewModel(store.milestones(), promiseId, status, Threads.inline());
    }

    @Test
    void addsAndMarksMilestonesAndShowsWhatIsSaved() {
        MilestonesViewModel model = model(PromiseStatus.AGREED);
        model.newTextProperty().set("Workspace set up");
        model.newDueProperty().set("2026-12-01");
        model.add();
        model.newTextProperty().set("Admins trained");
        model.newDueProperty().set("2026-12-15");
        model.add();
        model.toggle(2);

        assertThat(model.items()).containsExactly(new MilestonesViewModel.Item(1, "Workspace set up", "Tue 1 Dec 2026", false),
                new MilestonesViewModel.Item(2, "Admins trained", "Tue 15 Dec 2026", true));
        assertThat(model.messageProperty().get()).isEqualTo("Milestone 2 is done");
        assertThat(model.newTextProperty().get()).isEmpty();
        MilestonesViewModel reopened = model(PromiseStatus.IN_DELIVERY);
        reopened.refresh();
        assertThat(reopened.items()).isEqualTo(model.items());
        assertThat(store.sync().milestoneUploads().pendingCount()).isEqualTo(3);
    }

    @Test
    void saysWhatIsWrongAndSavesNothing() {
        MilestonesViewModel model = model(PromiseStatus.AGREED);
        model.newTextProperty().set("Go live");
        model.newDueProperty().set("end of January");
        model.add();
        assertThat(model.messageProperty().get()).contains("2026-12-21, 21 Dec 2026, 21.12.2026 or 21/12/2026");
        model.newTextProperty().set("  ");
        model.newDueProperty().set("2027-01-29");
        model.add();
        assertThat(model.messageProperty().get()).contains("what is delivered");
        assertThat(store.milestones().list(promiseId)).isEmpty();
    }

    @Test
    void aDraftTracksNoMilestonesYet() {
        assertThat(model(PromiseStatus.DRAFT).editableProperty().get()).isFalse();
        assertThat(model(PromiseStatus.DRAFT).messageProperty().get()).contains("once the promise is agreed");
        assertThat(model(PromiseStatus.AGREED).editableProperty().get()).isTrue();
        assertThat(PromiseStatus.KEPT.tracksMilestones()).isFalse();
    }

    @Test
    void theDueDateIsReadAsEveryDateFieldReadsIt() {
        MilestonesViewModel model = model(PromiseStatus.AGREED);
        model.newTextProperty().set("Boxes fitted");
        model.newDueProperty().set("21.12.2026");
        model.add();
        model.newTextProperty().set("Drivers trained");
        model.newDueProperty().set("22/12/2026");
        model.add();

        assertThat(model.items()).extracting(MilestonesViewModel.Item::due)
                .containsExactly("Mon 21 Dec 2026", "Tue 22 Dec 2026");
    }

    @Test
    void aMilestoneDueBeforeThePreviousOneIsRefused() {
        MilestonesViewModel model = model(PromiseStatus.AGREED);
        model.newTextProperty().set("Admins trained");
        model.newDueProperty().set("2026-12-15");
        model.add();
        model.newTextProperty().set("Workspace set up");
        model.newDueProperty().set("2026-12-01");
        model.add();

        assertThat(model.messageProperty().get()).contains("before milestone 1").doesNotContain("Exception");
        assertThat(model.newTextProperty().get()).as("what was typed stays, to be corrected").isEqualTo("Workspace set up");
        assertThat(store.milestones().list(promiseId)).hasSize(1);
    }

    @Test
    void aDraftTakesNoMilestoneEvenWhenAskedTo() {
        UUID draft = UUID.randomUUID();
        store.promises().save(new Promise(draft, new Customer("Ostwind", "EU", null), "Pilot", LocalDate.of(2026, 11, 23),
                PromiseStatus.DRAFT, List.of(), List.of(), List.of(), List.of()));
        MilestonesViewModel model = new MilestonesViewModel(store.milestones(), draft, PromiseStatus.DRAFT, Threads.inline());
        model.newTextProperty().set("Go live");
        model.newDueProperty().set("2027-01-29");
        model.add();

        assertThat(store.milestones().list(draft)).isEmpty();
        assertThat(model.messageProperty().get()).contains("once the promise is agreed");
    }
}
