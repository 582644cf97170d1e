package com.promisedesk.check;

import static com.promisedesk.check.Wording.units;

import com.promisedesk.domain.Capacity;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * Rule 6: this promise's units of the capability in the line's ISO week plus what the
 * team has booked, above the weekly capacity, need the policy's capacity tier.
 */
final class CapacityRule implements LineRule {

    private final int capacityTier;

    CapacityRule(int capacityTier) {
        this.capacityTier = capacityTier;
    }

    @Override
    public void judge(LineContext line, List<Finding> findings) {
        Capacity capacity = line.capability().capacity();
        if (capacity == null) {
            return;
        }
        String code = line.capability().code();
        LocalDate date = line.date();
        int own = line.frame().ownUnits(code, date);
        int team = line.frame().bookings().booked(code, date);
        if ((long) own + team <= capacity.perWeek()) {
            return;
        }
        String booked = team == 0 ? units(own) + " in this promise"
                : units(own) + " in this promise and " + units(team) + " the team has booked";
        findings.add(Finding.needsApproval(capacityTier, "The team can start " + units(capacity.perWeek()) + " of "
                + line.name() + " a week; week " + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of "
                + date.get(IsoFields.WEEK_BASED_YEAR) + " would have " + ((long) own + team) + " (" + booked
                + "), which needs tier " + capacityTier + " approval; the week still has room for "
                + units((int) Math.max(0, capacity.perWeek() - (long) team)) + "."));
    }
}
