package com.promisedesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Properties over 500 random catalogs and promises each (one capability in four without a lead
 * time); the seed is in every failure message.
 */
@Slow
class CheckPropertiesTest {

    private static final long BASE_SEED = 20261123L;
    private static final int SIZE = 25;

    private static long seed(RepetitionInfo repetition) {
        return BASE_SEED * 1000 + repetition.getCurrentRepetition();
    }

    /** Verdict and tier as one number: NOT_DELIVERABLE > NEEDS_APPROVAL (higher tier worse) > UNDER_PROMISE > STANDARD. */
    private static int severity(LineCheck line) {
        return line.verdict().ordinal() * 1000 + (line.tier() == null ? 0 : line.tier());
    }

    @RepeatedTest(500)
    void aLaterDateNeverNeedsAHigherTier(RepetitionInfo repetition) {
        long seed = seed(repetition);
        RandomPromises random = new RandomPromises(seed);
        // Without weekly capacities: a later week can be a fuller one, which is the one honest exception.
        Catalog catalog = random.catalog(SIZE, false);
        PromiseChecker checker = new PromiseChecker(catalog);
        Promise promise = random.promise(SIZE, 1 + random.random().nextInt(8));
        LocalDate today = random.today(promise);
        PromiseCheck before = checker.check(promise, null, today);
        for (int i = 0; i < promise.lines().size(); i++) {
            CommitmentLine line = promise.lines().get(i);
            if (line.date() == null) {
                continue;
            }
            int days = 1 + random.random().nextInt(40);
            List<CommitmentLine> moved = new ArrayList<>(promise.lines());
            moved.set(i, line.withDate(line.date().plusDays(days)));
            LineCheck after = checker.check(promise.withLines(moved), null, today).lines().get(i);
            String why = "seed " + seed + ", today " + today + ", line " + i + " moved " + days + " days later: " + before.lines().get(i)
                    + " -> " + after;
            if (after.verdict() != Verdict.UNDER_PROMISE) {
                assertThat(severity(after)).as(why).isLessThanOrEqualTo(severity(before.lines().get(i)));
            }
        }
    }

    @RepeatedTest(500)
    void takingTheSuggestionClearsEveryDateCheck(RepetitionInfo repetition) {
        long seed = seed(repetition);
        RandomPromises random = new RandomPromises(seed);
        Catalog catalog = random.catalog(SIZE, true);
        PromiseChecker checker = new PromiseChecker(catalog);
        Promise promise = random.promise(SIZE, 1 + random.random().nextInt(8));
        LocalDate today = random.today(promise);
        PromiseCheck check = checker.check(promise, null, today);
        List<LineRule> dateRules = List.of(new AvailabilityRule(), new LeadTimeRule(catalog.policy().underPromise()),
                new OrderRule());
        for (LineCheck line : check.lines()) {
            if (line.suggestedDate() == null) {
                continue;
            }
            List<CommitmentLine> moved = new ArrayList<>(promise.lines());
            moved.set(line.index(), moved.get(line.index()).withDate(line.suggestedDate()));
            PromiseFrame frame = PromiseFrame.of(promise.withLines(moved), today, catalog, checker.calendar(),
                    TeamBookings.none(), catalog.requirementCycles());
            List<Finding> findings = new ArrayList<>();
            for (LineRule rule : dateRules) {
                rule.judge(frame.line(line.index()), findings);
            }
            String why = "seed " + seed + ", today " + today + ", line " + line.index() + " at "
                    + line.suggestedDate() + ": " + findings;
            assertThat(line.suggestedDate()).as(why + ": never a day that has passed").isAfterOrEqualTo(today);
            assertThat(findings).as(why)
                    .filteredOn(f -> f.suggestedDate() != null)
                    .allMatch(f -> f.verdict() == Verdict.STANDARD || f.verdict() == Verdict.UNDER_PROMISE);
            assertThat(findings).as(why)
                    .noneMatch(f -> f.verdict() == Verdict.NEEDS_APPROVAL);
        }
    }

    @RepeatedTest(500)
    void aCapabilityWithoutALeadTimeIsNeverJudgedByItsDateAgainstALeadTime(RepetitionInfo repetition) {
        long seed = seed(repetition);
        RandomPromises random = new RandomPromises(seed);
        Catalog catalog = random.catalog(SIZE, true);
        PromiseChecker checker = new PromiseChecker(catalog);
        Promise promise = random.promise(SIZE, 1 + random.random().nextInt(8));
        LeadTimeRule leadTimeRule = new LeadTimeRule(catalog.policy().underPromise());
        LocalDate today = random.today(promise);
        for (int i = 0; i < promise.lines().size(); i++) {
            // The line as it is, and moved far later, where a lead time would make it an under-promise.
            List<CommitmentLine> moved = new ArrayList<>(promise.lines());
            moved.set(i, moved.get(i).withDate(promise.start().plusDays(100 + random.random().nextInt(600))));
            for (Promise judged : List.of(promise, promise.withLines(moved))) {
                PromiseFrame frame = PromiseFrame.of(judged, today, catalog, checker.calendar(), TeamBookings.none(),
                        catalog.requirementCycles());
                LineContext context = frame.line(i);
                if (context == null || context.capability().hasLeadTime()) {
                    continue;
                }
                String why = "seed " + seed + ", " + context;
                List<Finding> findings = new ArrayList<>();
                leadTimeRule.judge(context, findings);
                assertThat(findings).as(why).noneMatch(f -> f.verdict() == Verdict.UNDER_PROMISE
                        || f.verdict() == Verdict.NEEDS_APPROVAL);
                assertThat(findings).as(why).allMatch(f -> f.verdict() != Verdict.NOT_DELIVERABLE
                        || context.date().isBefore(frame.start()));
                LineCheck line = checker.check(judged, null, today).lines().get(i);
                assertThat(line.reasons()).as(why).noneMatch(LeadTimeRuleTest::judgesALeadTime);
                if (line.verdict() == Verdict.UNDER_PROMISE) {
                    assertThat(context.line().terms()).as(why + ": only a loose term can under-promise").isNotEmpty();
                }
            }
        }
    }

    @RepeatedTest(500)
    void withoutALeadTimeTheSuggestionIsEWhenNoOtherCheckSuggestsADate(RepetitionInfo repetition) {
        long seed = seed(repetition);
        RandomPromises random = new RandomPromises(seed);
        Catalog catalog = random.catalog(SIZE, true);
        PromiseChecker checker = new PromiseChecker(catalog);
        Promise promise = random.promise(SIZE, 1 + random.random().nextInt(8));
        LocalDate today = random.today(promise);
        PromiseCheck check = checker.check(promise, random.bookings(SIZE, promise.start()), today);
        // S: the later of the start and T.
        LocalDate start = today.isAfter(promise.start()) ? today : promise.start();
        for (LineCheck line : check.lines()) {
            CommitmentLine written = promise.lines().get(line.index());
            // Only the order rule suggests dates beyond E for a capability without a lead time.
            catalog.capability(written.isBespoke() ? "" : written.capability())
                    .filter(c -> !c.hasLeadTime() && c.requires().isEmpty())
                    .ifPresent(c -> assertThat(line.suggestedDate()).as("seed " + seed + ", line " + line.index())
                            .isEqualTo(PromiseFrame.standardDate(c, start, checker.calendar()))
                            .isEqualTo(c.status() == com.promisedesk.domain.CapabilityStatus.PLANNED
                                    && c.availableFrom().isAfter(start)
                                    ? checker.calendar().onOrAfter(c.availableFrom())
                                    : checker.calendar().onOrAfter(start)));
        }
    }

    @RepeatedTest(500)
    void verdictsDoNotDependOnTheOrderOfLines(RepetitionInfo repetition) {
        long seed = seed(repetition);
        RandomPromises random = new RandomPromises(seed);
        Catalog catalog = random.catalog(SIZE, true);
        PromiseChecker checker = new PromiseChecker(catalog);
        Promise promise = random.promise(SIZE, 1 + random.random().nextInt(10));
        TeamBookings bookings = random.bookings(SIZE, promise.start());
        LocalDate today = random.today(promise);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < promise.lines().size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random.random());
        List<CommitmentLine> shuffled = order.stream().map(promise.lines()::get).toList();
        PromiseCheck original = checker.check(promise, bookings, today);
        PromiseCheck reordered = checker.check(promise.withLines(shuffled), bookings, today);
        assertThat(reordered.verdict()).as("seed " + seed).isEqualTo(original.verdict());
        assertThat(reordered.tier()).as("seed " + seed).isEqualTo(original.tier());
        for (int position = 0; position < order.size(); position++) {
            LineCheck was = original.lines().get(order.get(position));
            LineCheck now = reordered.lines().get(position);
            String why = "seed " + seed + ", line " + order.get(position) + " now at " + position;
            assertThat(new LineCheck(was.index(), now.verdict(), now.tier(), now.suggestedDate(), now.reasons(),
                    now.dateAdvice()))
                    .as(why).isEqualTo(was);
        }
    }

    @RepeatedTest(500)
    void aDatePassedIsNeverDeliverableAndNothingIsSuggestedBeforeToday(RepetitionInfo repetition) {
        long seed = seed(repetition);
        RandomPromises random = new RandomPromises(seed);
        Catalog catalog = random.catalog(SIZE, true);
        PromiseChecker checker = new PromiseChecker(catalog);
        Promise promise = random.promise(SIZE, 1 + random.random().nextInt(8));
        LocalDate today = random.today(promise);
        PromiseCheck check = checker.check(promise, random.bookings(SIZE, promise.start()), today);
        for (LineCheck line : check.lines()) {
            LocalDate date = promise.lines().get(line.index()).date();
            String why = "seed " + seed + ", today " + today + ", line " + line.index() + " dated " + date + ": " + line;
            if (date != null && date.isBefore(today)) {
                assertThat(line.verdict()).as(why).isEqualTo(Verdict.NOT_DELIVERABLE);
                assertThat(line.reasons()).as(why).anyMatch(r -> r.contains("that date has passed"));
            }
            if (line.suggestedDate() != null) {
                assertThat(line.suggestedDate()).as(why).isAfterOrEqualTo(today);
            }
        }
    }

    @RepeatedTest(100)
    void anAgreedPromiseIsJudgedTheSameOnAnyDay(RepetitionInfo repetition) {
        long seed = seed(repetition);
        RandomPromises random = new RandomPromises(seed);
        Catalog catalog = random.catalog(SIZE, true);
        PromiseChecker checker = new PromiseChecker(catalog);
        Promise agreed = random.promise(SIZE, 1 + random.random().nextInt(8))
                .withStatus(com.promisedesk.domain.PromiseStatus.AGREED);
        PromiseCheck onItsStart = checker.check(agreed, null, agreed.start());
        PromiseCheck aYearOn = checker.check(agreed, null, agreed.start().plusYears(1));
        assertThat(aYearOn).as("seed " + seed).isEqualTo(onItsStart);
    }
}
