package com.promisedesk.check;

import static com.promisedesk.check.Wording.date;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** Rule 2: retired, planned, outside the customer's region, limited. */
final class AvailabilityRule implements LineRule {

    @Override
    public void judge(LineContext line, List<Finding> findings) {
        Capability capability = line.capability();
        if (capability.status() == CapabilityStatus.RETIRED) {
            findings.add(Finding.notDeliverable(null, line.name() + " is retired and can no longer be promised."));
        }
        if (capability.status() == CapabilityStatus.PLANNED && capability.availableFrom().isAfter(line.date())) {
            LocalDate available = line.calendar().onOrAfter(capability.availableFrom());
            findings.add(Finding.notDeliverable(available, line.name() + " is planned and available from "
                    + date(capability.availableFrom()) + "; it cannot be delivered on " + date(line.date())
                    + ". The earliest date it can be is " + date(available) + "."));
        }
        String region = line.frame().promise().customer().region();
        if (!capability.servesRegion(region)) {
            findings.add(Finding.notDeliverable(null, line.name() + " is not offered in the customer's region "
                    + region + ", only in " + String.join(", ", new TreeSet<>(capability.regions())) + "."));
        }
        if (capability.status() == CapabilityStatus.LIMITED) {
            findings.add(Finding.note(line.name() + " is of limited availability: confirm it with "
                    + capability.owner() + " before promising it."));
        }
    }
}
