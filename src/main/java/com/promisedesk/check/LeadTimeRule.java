package com.promisedesk.check;

import static com.promisedesk.check.Wording.businessDays;
import static com.promisedesk.check.Wording.date;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * Rules 3 and 4: the date against the lead time, and a date so late that it sandbags. A
 * capability without a lead time has its date judged by the other rules only.
 */
final class LeadTimeRule implements LineRule {

    private final ApprovalPolicy.UnderPromise underPromise;

    LeadTimeRule(ApprovalPolicy.UnderPromise underPromise) {
        this.underPromise = underPromise;
    }

    @Override
    public void judge(LineContext line, List<Finding> findings) {
        LocalDate start = line.start();
        LocalDate date = line.date();
        LocalDate standardDate = line.standardDate();
        LeadTime leadTime = line.capability().leadTime();
        if (leadTime == null) {
            judgeWithoutLeadTime(line, findings);
            return;
        }
        String earliest = "the earliest date we can stand behind is " + date(standardDate) + ".";
        if (!line.dated()) {
            findings.add(Finding.note("No date was given, so " + line.name() + " is promised at the standard date "
                    + date(standardDate) + "."));
        }
        if (date.isBefore(start)) {
            findings.add(Finding.notDeliverable(standardDate, line.frame().tooEarly(date) + "; " + earliest));
        } else if (date.isBefore(standardDate)) {
            findings.add(tooSoon(line, leadTime, earliest));
        } else {
            int slack = Math.max(underPromise.minSlackDays(),
                    ceilPercent(leadTime.standard(), underPromise.slackPercent()));
            LocalDate bound = line.calendar().add(standardDate, slack);
            if (date.isAfter(bound)) {
                String kept = line.line().underPromiseReason() == null ? ""
                        : " Kept on purpose: " + line.line().underPromiseReason();
                findings.add(Finding.underPromise(standardDate, date(date) + " is more than " + businessDays(slack)
                        + " after the standard date " + date(standardDate) + ", so we would promise less than we can do; "
                        + "offer " + date(standardDate) + "." + kept));
            } else {
                findings.add(Finding.reassurance(why(line, leadTime) + "; " + date(date)
                        + " is on or after the standard date " + date(standardDate) + "."));
            }
        }
    }

    /**
     * A capability without a lead time (a support level, a payment term): rules 3 and 4 do not
     * judge its date. Only a date before the promise starts is not deliverable, as for a bespoke
     * line: nothing is delivered before we start. The suggestion stays E (rule 8).
     */
    private static void judgeWithoutLeadTime(LineContext line, List<Finding> findings) {
        LocalDate start = line.start();
        LocalDate date = line.date();
        LocalDate standardDate = line.standardDate();
        Capability capability = line.capability();
        boolean planned = capability.status() == CapabilityStatus.PLANNED;
        if (!line.dated()) {
            boolean waitsForIt = planned && standardDate.isAfter(line.calendar().onOrAfter(start));
            findings.add(Finding.note("No date was given, so " + line.name() + " is promised from " + date(standardDate)
                    + (waitsForIt ? ", the first business day it is available." : ", the first business day of the promise.")));
        } else if (date.isBefore(start)) {
            findings.add(Finding.notDeliverable(standardDate, line.frame().tooEarly(date) + "; the earliest date is "
                    + date(standardDate) + "."));
        } else if (!planned) {
            findings.add(Finding.reassurance(line.name() + " has no lead time; " + date(date)
                    + " is on or after the promise's start " + date(line.frame().promise().start()) + "."));
        } else if (!capability.availableFrom().isAfter(date)) {
            findings.add(Finding.reassurance(line.name() + " has no lead time and is available from "
                    + date(capability.availableFrom()) + "; " + date(date) + " is on or after that."));
        }
    }

    private Finding tooSoon(LineContext line, LeadTime leadTime, String earliest) {
        for (LeadTime.Step step : leadTime.stretch()) {
            if (!line.calendar().add(line.start(), step.min()).isAfter(line.date())) {
                return new Finding(Verdict.NEEDS_APPROVAL, step.tier(), line.standardDate(),
                        why(line, leadTime) + "; " + earliest + " " + date(line.date())
                                + " is possible only with tier " + step.tier() + " approval.", false);
            }
        }
        return Finding.notDeliverable(line.standardDate(), why(line, leadTime) + "; " + earliest + " "
                + date(line.date()) + " cannot be met, not even with approval.");
    }

    private static String why(LineContext line, LeadTime leadTime) {
        LocalDate byLeadTime = line.calendar().add(line.start(), leadTime.standard());
        if (line.capability().status() == CapabilityStatus.PLANNED && line.standardDate().isAfter(byLeadTime)) {
            return line.name() + " becomes available on " + date(line.capability().availableFrom());
        }
        return line.name() + " takes " + businessDays(leadTime.standard());
    }

    /** ceil(value × percent / 100) without floating point. */
    static int ceilPercent(int value, int percent) {
        return (int) ((value * (long) percent + 99) / 100);
    }
}
