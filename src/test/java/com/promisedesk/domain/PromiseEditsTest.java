package com.promisedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseEditsTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    private final Promise promise = Promise.draft(new Customer("Northwind", "EU", null), "Rollout", START)
            .withLines(List.of(CommitmentLine.of("A", 1, null), CommitmentLine.of("B", 1, null),
                    CommitmentLine.of("C", 1, null)))
            .withExpectations(List.of(Expectation.open("Fast", List.of(0, 1, 2)), Expectation.open("Cheap", List.of(1))))
            .withResponsibilities(List.of(new Responsibility("Project lead", START, List.of(2))));

    @Test
    void removingALineMovesLaterLinksDownAndDropsLinksToIt() {
        Promise without = promise.withoutLine(1);

        assertThat(without.lines()).extracting(CommitmentLine::capability).containsExactly("A", "C");
        assertThat(without.expectations().get(0).lines()).containsExactly(0, 1);
        assertThat(without.expectations().get(1).lines()).isEmpty();
        assertThat(without.responsibilities().get(0).lines()).containsExactly(1);
    }

    @Test
    void replacingAndAddingLinesKeepsTheRest() {
        Promise edited = promise.withLine(0, CommitmentLine.of("Z", 2, START)).withLineAdded(CommitmentLine.of("D", 1, null));

        assertThat(edited.lines()).extracting(CommitmentLine::capability).containsExactly("Z", "B", "C", "D");
        assertThat(edited.expectations()).isEqualTo(promise.expectations());
        assertThat(edited.id()).isEqualTo(promise.id());
    }
}
