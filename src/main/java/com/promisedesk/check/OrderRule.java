package com.promisedesk.check;

import static com.promisedesk.check.Wording.businessDays;
import static com.promisedesk.check.Wording.date;

import com.promisedesk.domain.Requirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 7: a required capability must be delivered {@code before} business days earlier;
 * something the customer must supply must be due no earlier than the start.
 */
final class OrderRule implements LineRule {

    @Override
    public void judge(LineContext line, List<Finding> findings) {
        for (Requirement requirement : line.capability().requires()) {
            if (requirement instanceof Requirement.OnCapability onCapability) {
                judgeCapability(line, onCapability, findings);
            } else if (requirement instanceof Requirement.OnCustomer onCustomer) {
                judgeCustomer(line, onCustomer, findings);
            }
        }
    }

    private void judgeCapability(LineContext line, Requirement.OnCapability requirement, List<Finding> findings) {
        String required = line.frame().nameOf(requirement.capability());
        String needs = line.name() + " needs " + required + " delivered "
                + (requirement.before() == 0 ? "no later than itself" : "at least " + businessDays(requirement.before()) + " earlier");
        // With several lines of the required capability, the earliest delivery is the one that counts.
        Optional<LocalDate> requiredDate = line.frame().earliestDateOf(requirement.capability());
        if (requiredDate.isEmpty()) {
            findings.add(Finding.note(needs + ", and " + required
                    + " is not in this promise: make sure the customer already has it."));
            return;
        }
        BusinessCalendar calendar = line.calendar();
        LocalDate latest = calendar.sub(line.date(), requirement.before());
        // A required delivery dated on a closed day counts from the next business day.
        LocalDate suggestion = calendar.add(calendar.onOrAfter(requiredDate.get()), requirement.before());
        if (!requiredDate.get().isAfter(latest)) {
            findings.add(Finding.earliest(suggestion));
            return;
        }
        String cycle = line.frame().cycles().requireEachOther(line.capability().code(), requirement.capability())
                ? " The catalog makes " + line.name() + " and " + required
                + " require each other, so no date clears both: ask the catalog owner to fix it."
                : "";
        findings.add(Finding.notDeliverable(suggestion, needs + ", by " + date(latest) + ", but " + required
                + " is dated " + date(requiredDate.get()) + ". The earliest date that works is "
                + date(suggestion) + "." + cycle));
    }

    private void judgeCustomer(LineContext line, Requirement.OnCustomer requirement, List<Finding> findings) {
        BusinessCalendar calendar = line.calendar();
        LocalDate due = calendar.sub(line.date(), requirement.before());
        // Counting from the first business day of the promise, so the suggestion really clears the check.
        LocalDate suggestion = calendar.add(calendar.onOrAfter(line.start()), requirement.before());
        if (!due.isBefore(line.start())) {
            findings.add(Finding.earliest(suggestion));
            return;
        }
        findings.add(Finding.notDeliverable(suggestion, "The customer must supply " + requirement.what() + " "
                + businessDays(requirement.before()) + " before " + line.name() + ", by " + date(due)
                + ", which is before " + line.frame().startWords() + ". The earliest date that works is "
                + date(suggestion) + "."));
    }
}
