package com.promisedesk.ui.catalog;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Requirement;
import com.promisedesk.domain.Term;
import com.promisedesk.check.Wording;
import com.promisedesk.ui.catalog.CapabilityDetail.Fact;
import com.promisedesk.ui.catalog.CapabilityDetail.Rung;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Puts a capability's ladders, limits and requirements into words a rep can read at a
 * glance: each ladder is its rungs from standard to the hard limit.
 */
final class CapabilityDescription {

    private static final String STANDARD = "standard";
    static final String IMPOSSIBLE = "not possible";
    /** The lead time of a capability that documents none (a support level, a payment term). */
    static final String NO_LEAD_TIME = "No lead time";

    private final ApprovalPolicy policy;

    CapabilityDescription(ApprovalPolicy policy) {
        this.policy = policy;
    }

    CapabilityDetail describe(Capability capability) {
        List<Fact> facts = new ArrayList<>();
        // A planned one waits for availableFrom too, which its status already says.
        facts.add(new Fact("Lead time", capability.hasLeadTime() ? leadTime(capability.leadTime())
                : List.of(new Rung(NO_LEAD_TIME, "can start when the promise starts"))));
        facts.add(new Fact("Quantity per line", quantity(capability.maxQuantity())));
        for (Term term : capability.terms()) {
            facts.add(new Fact(term.label(), term(term)));
        }
        facts.add(Fact.plain("Weekly capacity", capability.capacity() == null ? "No weekly limit"
                : plural(capability.capacity().perWeek(), "start") + " per week, team-wide"));
        facts.add(Fact.plain("Regions", capability.regions().isEmpty() ? "Everywhere"
                : String.join(", ", new TreeSet<>(capability.regions()))));
        facts.add(new Fact("Requires", requirements(capability.requires())));
        facts.add(Fact.plain("Owner", capability.owner()));
        return new CapabilityDetail(capability.code(), capability.name(), capability.summary(),
                status(capability), capability.category().label(), List.copyOf(facts));
    }

    private static String status(Capability capability) {
        if (capability.status() == CapabilityStatus.PLANNED) {
            return "Planned, from " + Wording.date(capability.availableFrom());
        }
        return capability.status().label();
    }

    private List<Rung> leadTime(LeadTime leadTime) {
        List<Rung> rungs = new ArrayList<>();
        rungs.add(new Rung(plural(leadTime.standard(), "business day"), STANDARD));
        for (LeadTime.Step step : leadTime.stretch()) {
            rungs.add(new Rung(plural(step.min(), "business day"), approval(step.tier())));
        }
        int floor = leadTime.stretch().stream().mapToInt(LeadTime.Step::min).min().orElse(leadTime.standard());
        if (floor > 0) {
            rungs.add(new Rung("Fewer than " + floor, IMPOSSIBLE));
        }
        return rungs;
    }

    private List<Rung> quantity(QuantityLimit limit) {
        if (limit == null) {
            return List.of(new Rung("No limit", null));
        }
        List<Rung> rungs = new ArrayList<>();
        rungs.add(new Rung("Up to " + limit.standard(), STANDARD));
        for (QuantityLimit.Step step : limit.stretch()) {
            rungs.add(new Rung("Up to " + step.max(), approval(step.tier())));
        }
        int ceiling = limit.stretch().stream().mapToInt(QuantityLimit.Step::max).max().orElse(limit.standard());
        rungs.add(new Rung("More than " + ceiling, IMPOSSIBLE));
        return rungs;
    }

    private List<Rung> term(Term term) {
        List<Rung> rungs = new ArrayList<>();
        rungs.add(new Rung(value(term.standard(), term.unit()), STANDARD));
        for (Term.Step step : term.stretch()) {
            rungs.add(new Rung(value(step.value(), term.unit()), approval(step.tier())));
        }
        return rungs;
    }

    private static List<Rung> requirements(List<Requirement> requires) {
        if (requires.isEmpty()) {
            return List.of(new Rung("Nothing", null));
        }
        return requires.stream().map(CapabilityDescription::requirement).toList();
    }

    private static Rung requirement(Requirement requirement) {
        String when = plural(requirement.before(), "business day") + " before";
        if (requirement instanceof Requirement.OnCapability on) {
            return new Rung(on.capability(), "delivered " + when);
        }
        return new Rung(((Requirement.OnCustomer) requirement).what(), "from the customer, " + when);
    }

    private String approval(int tier) {
        return "tier " + tier + ": " + String.join(", ", policy.approvers(tier));
    }

    private static String value(BigDecimal number, String unit) {
        String plain = number.stripTrailingZeros().toPlainString();
        return unit == null ? plain : unit.equals("%") ? plain + " %" : plain + " " + unit;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
