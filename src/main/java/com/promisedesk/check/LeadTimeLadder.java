package com.promisedesk.check;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.LeadTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lead-time ladder of one capability for one start date, as bands of calendar days:
 * not possible, possible with approval (per tier), standard (up to the end of the slack),
 * under-promise beyond. It follows rules 3 and 4 exactly, so a date's band is its verdict.
 * A capability without a lead time has no ladder to climb: no bands, only its standard date.
 *
 * @param standardDate E (rule 3)
 * @param bands        consecutive, each from its {@code from} (inclusive) to its {@code to} (exclusive); empty
 *                     for a capability without a lead time
 */
public record LeadTimeLadder(LocalDate standardDate, List<Band> bands) {

    public LeadTimeLadder {
        bands = List.copyOf(bands);
    }

    /** What a date in a band would be judged. */
    public enum Kind { NOT_POSSIBLE, APPROVAL, STANDARD, UNDER_PROMISE }

    /** Days {@code from} (inclusive) to {@code to} (exclusive) of one kind; {@code tier} for approval bands. */
    public record Band(LocalDate from, LocalDate to, Kind kind, Integer tier) {
    }

    /** Whether there is a date ladder: false for a capability without a lead time, whose date rules 3 and 4 do not judge. */
    public boolean hasLeadTime() {
        return !bands.isEmpty();
    }

    /** The first day of the ladder; the standard date when there is no ladder. */
    public LocalDate from() {
        return bands.isEmpty() ? standardDate : bands.get(0).from();
    }

    /** The day after the ladder; the standard date when there is no ladder. */
    public LocalDate to() {
        return bands.isEmpty() ? standardDate : bands.get(bands.size() - 1).to();
    }

    public static LeadTimeLadder of(Capability capability, LocalDate start, BusinessCalendar calendar,
                                    ApprovalPolicy.UnderPromise underPromise) {
        LeadTime leadTime = capability.leadTime();
        if (leadTime == null) {
            return new LeadTimeLadder(PromiseFrame.standardDate(capability, start, calendar), List.of());
        }
        LocalDate standardDate = calendar.add(start, leadTime.standard());
        LocalDate available = start;
        if (capability.status() == CapabilityStatus.PLANNED) {
            available = calendar.onOrAfter(capability.availableFrom());
            standardDate = available.isAfter(standardDate) ? available : standardDate;
        }
        int slack = Math.max(underPromise.minSlackDays(),
                LeadTimeRule.ceilPercent(leadTime.standard(), underPromise.slackPercent()));
        LocalDate slackEnd = calendar.add(standardDate, slack).plusDays(1);
        LocalDate end = calendar.add(slackEnd, Math.max(5, slack)).plusDays(1);

        List<Band> bands = new ArrayList<>();
        for (LocalDate day = start; day.isBefore(standardDate); day = day.plusDays(1)) {
            Integer tier = day.isBefore(available) ? null : tierFor(day, leadTime, start, calendar);
            extend(bands, day, tier == null ? Kind.NOT_POSSIBLE : Kind.APPROVAL, tier);
        }
        bands.add(new Band(standardDate, slackEnd, Kind.STANDARD, null));
        bands.add(new Band(slackEnd, end, Kind.UNDER_PROMISE, null));
        return new LeadTimeLadder(standardDate, bands);
    }

    /** The lowest tier whose minimum lead time reaches {@code day}; {@code null} when none does. */
    private static Integer tierFor(LocalDate day, LeadTime leadTime, LocalDate start, BusinessCalendar calendar) {
        for (LeadTime.Step step : leadTime.stretch()) {
            if (!calendar.add(start, step.min()).isAfter(day)) {
                return step.tier();
            }
        }
        return null;
    }

    private static void extend(List<Band> bands, LocalDate day, Kind kind, Integer tier) {
        Band last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
        if (last != null && last.kind() == kind && Objects.equals(last.tier(), tier)) {
            bands.set(bands.size() - 1, new Band(last.from(), day.plusDays(1), kind, tier));
        } else {
            bands.add(new Band(day, day.plusDays(1), kind, tier));
        }
    }

    /**
     * The band {@code day} falls in; before the ladder is not possible, after it under-promise.
     * Without a ladder every day is standard as far as the lead time goes: rules 3 and 4 do not
     * judge it (other checks still can, such as a date before the start).
     */
    public Kind kindOf(LocalDate day) {
        if (bands.isEmpty()) {
            return Kind.STANDARD;
        }
        for (Band band : bands) {
            if (!day.isBefore(band.from()) && day.isBefore(band.to())) {
                return band.kind();
            }
        }
        return day.isBefore(from()) ? Kind.NOT_POSSIBLE : Kind.UNDER_PROMISE;
    }
}
