package com.promisedesk;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/**
 * No package depends on itself through others: a cycle means two packages can only be understood,
 * tested and moved together. ArchUnit reports only some cycles per run, so a fix can reveal others.
 */
class CyclesTest {

    @Test
    void layersAreFreeOfCycles() {
        slices().matching("com.promisedesk.(*)..").should().beFreeOfCycles()
                .check(ProductionClasses.get());
    }

    /**
     * Every package, sub-packages included, without exceptions: the screens depend on {@code ui}
     * (Threads, ViewLoader, VerdictChip ...) and the shell, which builds them, on the screens.
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("com.promisedesk.(**)").should().beFreeOfCycles()
                .check(ProductionClasses.get());
    }
}
