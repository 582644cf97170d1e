package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.Conflict;
import com.promisedesk.sync.ConflictFields.Field;
import com.promisedesk.sync.ConflictFields.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which side a field of a conflict is offered from: the one that changed it since base. */
class ConflictFieldsTest {

    @Test
    void aFieldChangedOnOneSideIsOfferedFromThatSide() {
        Field onlyTheirs = Field.of("title", true, "Rollout", "Rollout, phase 1", "Rollout");
        Field onlyYours = Field.of("title", true, "Rollout", "Rollout", "Rollout, all depots");

        assertThat(onlyTheirs.suggested()).isEqualTo(Side.THEIRS);
        assertThat(onlyYours.suggested()).isEqualTo(Side.YOURS);
        assertThat(onlyTheirs.changedOnBoth()).isFalse();
        assertThat(onlyYours.changedOnBoth()).isFalse();
    }

    @Test
    void aFieldChangedOnBothSidesIsTheRepsToPickAndOfferedFromTheirs() {
        Field both = Field.of("title", true, "Rollout", "Rollout, phase 1", "Rollout, all depots");
        Field newOnBoth = Field.of("title", false, null, "Rollout, phase 1", "Rollout, all depots");

        assertThat(both.changedOnBoth()).isTrue();
        assertThat(both.suggested()).isEqualTo(Side.THEIRS);
        assertThat(newOnBoth.changedOnBoth()).isTrue();
        assertThat(newOnBoth.suggested()).isEqualTo(Side.THEIRS);
    }

    @Test
    void aFieldBothSidesChangedAlikeIsNoChoice() {
        Field alike = Field.of("title", true, "Rollout", "Rollout, phase 1", "Rollout, phase 1");

        assertThat(alike.differs()).isFalse();
        assertThat(alike.changedOnBoth()).isFalse();
        assertThat(alike.suggested()).isEqualTo(Side.THEIRS);
    }

    @Test
    void whatPointsAtLinesIsOfferedFromTheSideWhoseLinesAreOffered() throws Exception {
        UUID id = UUID.randomUUID();
        List<CommitmentLine> three = List.of(CommitmentLine.of("ONB-STD", 1, null), CommitmentLine.of("SUP-PREM", 1, null),
                CommitmentLine.of("TRAIN-DISPATCH", 2, null));
        Expectation onTheWorkshop = new Expectation("Dispatchers trained before go-live", List.of(2),
                ExpectationStatus.OPEN, null);
        Promise base = promise(id, three, onTheWorkshop);
        List<CommitmentLine> four = new ArrayList<>(three);
        four.add(CommitmentLine.of("FLEET-EV", 1, null));
        Promise theirs = promise(id, four, onTheWorkshop);  // a line added
        Promise yours = base.withoutLine(1);                 // line 2 removed: the workshop is line 2 now

        ConflictFields conflict = ConflictFields.of(new Conflict(UUID.randomUUID(), id, "open", 1,
                PromiseFile.write(base), 2, PromiseFile.write(theirs), PromiseFile.write(yours),
                Instant.parse("2026-11-23T17:00:00Z")));
        Map<String, Side> offered = new LinkedHashMap<>();
        conflict.fields().forEach(f -> offered.put(f.name(), f.suggested()));

        assertThat(yours.expectations().get(0).lines()).as("the test's premise").containsExactly(1);
        assertThat(offered).containsEntry("lines", Side.THEIRS).containsEntry("expectations", Side.THEIRS);
        assertThat(conflict.fields()).filteredOn(f -> f.name().equals("expectations")).singleElement()
                .satisfies(f -> assertThat(f.toDecide()).as("flagged for the rep").isTrue());
        Promise merged = conflict.merge(offered);
        assertThat(merged.lines().get(merged.expectations().get(0).lines().get(0)).capability())
                .as("the expectation still points at the workshop").isEqualTo("TRAIN-DISPATCH");
    }

    @Test
    void theDayAPromiseWasAgreedGoesWithItsStatus() throws Exception {
        UUID id = UUID.randomUUID();
        Promise base = promise(id, List.of(), Expectation.open("Live before the freeze", List.of()))
                .withStatus(PromiseStatus.READ_BACK);
        Promise theirs = base.agreed(LocalDate.of(2026, 11, 30));  // agreed on the laptop
        Promise yours = base.withTitle("Rollout, all depots");     // retitled on the tablet, still read back

        ConflictFields conflict = ConflictFields.of(new Conflict(UUID.randomUUID(), id, "open", 1,
                PromiseFile.write(base), 2, PromiseFile.write(theirs), PromiseFile.write(yours),
                Instant.parse("2026-11-30T17:00:00Z")));

        Promise agreed = conflict.merge(Map.of("title", Side.YOURS));
        assertThat(agreed.status()).isEqualTo(PromiseStatus.AGREED);
        assertThat(agreed.agreedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(agreed.title()).isEqualTo("Rollout, all depots");
        Promise readBack = conflict.merge(Map.of("status", Side.YOURS));
        assertThat(readBack.status()).isEqualTo(PromiseStatus.READ_BACK);
        assertThat(readBack.agreedOn()).isNull();
    }

    private static Promise promise(UUID id, List<CommitmentLine> lines, Expectation expectation) {
        return new Promise(id, new Customer("Northwind", "EU", null), "Rollout", LocalDate.of(2026, 11, 23),
                PromiseStatus.DRAFT, lines, List.of(expectation), List.of(), List.of());
    }
}
