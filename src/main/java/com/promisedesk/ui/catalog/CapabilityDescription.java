package com.promisedesk.ui.catalog;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Requirement;
import com.promisedesk.domain.Term;
import com.promisedesk.ui.Dates;
import com.promisedesk.ui.catalog.CapabilityDetail.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Puts a capability's ladders, limits and requirements into sentences a rep can read at a glance. */
final class CapabilityDescription {

    private final ApprovalPolicy policy;

    CapabilityDescription(ApprovalPolicy policy) {
        this.policy = policy;
    }

    CapabilityDetail describe(Capability capability) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Lead time", leadTime(capability.leadTime())));
        facts.add(new Fact("Quantity per line", quantity(capability.maxQuantity())));
        facts.add(new Fact("Weekly capacity", capability.capacity() == null ? "No weekly limit"
                : plural(capability.capacity().perWeek(), "start") + " per week, team-wide"));
        facts.add(new Fact("Regions", capability.regions().isEmpty() ? "Everywhere"
                : String.join(", ", new TreeSet<>(capability.regions()))));
        facts.add(new Fact("Requires", requirements(capability.requires())));
        for (Term term : capability.terms()) {
            facts.add(new Fact(term.label(), term(term)));
        }
        facts.add(new Fact("Owner", capability.owner()));
        return new CapabilityDetail(capability.code(), capability.name(), capability.summary(),
                status(capability), capability.category().label(), List.copyOf(facts));
    }

    private static String status(Capability capability) {
        if (capability.status() == CapabilityStatus.PLANNED) {
            return "Planned, deliverable from " + Dates.format(capability.availableFrom());
        }
        return capability.status().label();
    }

    private String leadTime(LeadTime leadTime) {
        StringBuilder text = new StringBuilder("Standard " + plural(leadTime.standard(), "business day"));
        for (LeadTime.Step step : leadTime.stretch()) {
            text.append("\n").append(plural(step.min(), "business day")).append(" with approval").append(tier(step.tier()));
        }
        int floor = leadTime.stretch().stream().mapToInt(LeadTime.Step::min).min().orElse(leadTime.standard());
        if (floor > 0) {
            text.append("\nFaster than ").append(plural(floor, "business day")).append(": not possible");
        }
        return text.toString();
    }

    private String quantity(QuantityLimit limit) {
        if (limit == null) {
            return "No limit";
        }
        StringBuilder text = new StringBuilder("Up to " + limit.standard() + " as standard");
        for (QuantityLimit.Step step : limit.stretch()) {
            text.append("\nUp to ").append(step.max()).append(" with approval").append(tier(step.tier()));
        }
        int ceiling = limit.stretch().stream().mapToInt(QuantityLimit.Step::max).max().orElse(limit.standard());
        return text.append("\nMore than ").append(ceiling).append(": not possible").toString();
    }

    private static String requirements(List<Requirement> requires) {
        if (requires.isEmpty()) {
            return "Nothing";
        }
        return requires.stream().map(CapabilityDescription::requirement).collect(Collectors.joining("\n"));
    }

    private static String requirement(Requirement requirement) {
        String when = plural(requirement.before(), "business day") + " before";
        if (requirement instanceof Requirement.OnCapability on) {
            return on.capability() + " delivered " + when;
        }
        return "From the customer: " + ((Requirement.OnCustomer) requirement).what() + ", " + when;
    }

    private String term(Term term) {
        StringBuilder text = new StringBuilder(value(term.standard(), term.unit()) + " as standard");
        for (Term.Step step : term.stretch()) {
            text.append("\n").append(value(step.value(), term.unit())).append(" with approval").append(tier(step.tier()));
        }
        return text.toString();
    }

    private String tier(int tier) {
        return " (tier " + tier + ": " + String.join(", ", policy.approvers(tier)) + ")";
    }

    private static String value(BigDecimal number, String unit) {
        String plain = number.stripTrailingZeros().toPlainString();
        return unit == null ? plain : unit.equals("%") ? plain + " %" : plain + " " + unit;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
