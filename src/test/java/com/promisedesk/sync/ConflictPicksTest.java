package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.Conflict;
import com.promisedesk.sync.ConflictFields.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The picks the Conflicts screen and conflicts resolve share, without either of them. */
class ConflictPicksTest {

    private static final Promise BASE = new Promise(UUID.randomUUID(), new Customer("Ostwind", "EU", null), "Pilot",
            LocalDate.of(2026, 11, 23), PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 1, null)),
            List.of(), List.of(), List.of());
    /** Theirs changed line 1; yours added line 2 and an expectation that points at it. */
    private static final Promise THEIRS = BASE.withLine(0, CommitmentLine.of("ONB-STD", 2, null));
    private static final Promise YOURS = new Promise(BASE.id(), BASE.customer(), "Pilot, two depots", BASE.start(),
            BASE.status(), List.of(CommitmentLine.of("ONB-STD", 1, null), CommitmentLine.of("SUP-PREM", 1, null)),
            List.of(Expectation.open("Someone to call at night", List.of(1))), List.of(), List.of());

    private static ConflictPicks picks(String status, Promise base) throws BadFileException {
        return new ConflictPicks(ConflictFields.of(new Conflict(UUID.randomUUID(), BASE.id(), status, 1,
                base == null ? null : PromiseFile.write(base), 2, PromiseFile.write(THEIRS), PromiseFile.write(YOURS),
                Instant.parse("2026-11-24T09:00:00Z"))));
    }

    @Test
    void eachFieldStartsAtItsSuggestedSideAndWhatPointsAtTheLinesFollowsThem() throws BadFileException {
        ConflictPicks picks = picks("open", BASE);
        assertThat(picks.pick("title")).isEqualTo(Side.YOURS);
        assertThat(picks.pick("lines")).isEqualTo(Side.THEIRS);
        assertThat(picks.pick("expectations")).as("goes with the lines").isEqualTo(Side.THEIRS);

        assertThat(picks.take("lines", Side.YOURS)).containsExactly("lines", "expectations");
        assertThat(picks.take("title", Side.THEIRS)).containsExactly("title");

        Promise merged = picks.merged();
        assertThat(merged.title()).isEqualTo("Pilot");
        assertThat(merged.lines()).hasSize(2);
        assertThat(merged.expectations()).hasSize(1);
        picks.take("expectations", Side.THEIRS);
        assertThat(picks.merged().expectations()).as("a pick of its own, which fits here too").isEmpty();
    }

    @Test
    void picksThatDoNotFitSayWhyInTheRepsWords() throws BadFileException {
        ConflictPicks picks = picks("open", BASE);
        picks.take("expectations", Side.YOURS);

        assertThatThrownBy(picks::merged).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the expectations taken point at lines that the lines taken do not have;"
                        + " take lines, expectations and responsibilities from the same side");
    }

    @Test
    void baseIsOfferedOnlyWhereThereIsOneAndFieldsAreThePromiseFiles() throws BadFileException {
        ConflictPicks newOnBoth = picks("open", null);
        assertThat(newOnBoth.sides("title")).containsExactly(Side.THEIRS, Side.YOURS);
        assertThatThrownBy(() -> newOnBoth.take("title", Side.BASE)).hasMessageContaining("no base version");
        assertThatThrownBy(() -> newOnBoth.take("colour", Side.YOURS)).hasMessageContaining("not a field of a promise");
        assertThat(picks("open", BASE).sides("title")).containsExactly(Side.THEIRS, Side.YOURS, Side.BASE);
    }

    @Test
    void aConflictResolvedHereIsResolvedOnce() throws BadFileException {
        ConflictPicks resolved = picks("resolving", BASE);

        assertThat(resolved.open()).isFalse();
        assertThat(resolved.sides("title")).isEmpty();
        assertThatThrownBy(resolved::merged).isInstanceOf(IllegalStateException.class).hasMessageContaining("once")
                .hasMessageContaining("next sync");
    }
}
