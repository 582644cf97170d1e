package com.promisedesk.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned set of capabilities plus the approval policy and business calendar.
 * Read-only for reps. Codes are unique; every tier a capability names is defined by
 * the policy; every required capability exists.
 */
public final class Catalog {

    private final String version;
    private final LocalDate published;
    private final CatalogCalendar calendar;
    private final ApprovalPolicy policy;
    private final List<Capability> capabilities;
    private final Map<String, Capability> byCode;

    public Catalog(String version, LocalDate published, CatalogCalendar calendar, ApprovalPolicy policy,
                   List<Capability> capabilities) {
        this.version = Require.text(version, "version");
        this.published = Require.present(published, "published");
        this.calendar = calendar == null ? CatalogCalendar.weekdaysOnly() : calendar;
        this.policy = Require.present(policy, "policy");
        this.capabilities = Require.list(capabilities, "capabilities");
        this.byCode = Collections.unmodifiableMap(index(this.capabilities));
        for (int i = 0; i < this.capabilities.size(); i++) {
            checkReferences(this.capabilities.get(i), "capabilities[" + i + "]", policy, byCode);
        }
    }

    public String version() {
        return version;
    }

    public LocalDate published() {
        return published;
    }

    public CatalogCalendar calendar() {
        return calendar;
    }

    public ApprovalPolicy policy() {
        return policy;
    }

    public List<Capability> capabilities() {
        return capabilities;
    }

    private static Map<String, Capability> index(List<Capability> capabilities) {
        Map<String, Capability> byCode = new LinkedHashMap<>();
        for (int i = 0; i < capabilities.size(); i++) {
            Capability capability = capabilities.get(i);
            if (byCode.putIfAbsent(capability.code(), capability) != null) {
                throw new InvalidValueException("capabilities[" + i + "].code",
                        "repeats the code \"" + capability.code() + "\" of an earlier capability");
            }
        }
        return byCode;
    }

    private static void checkReferences(Capability capability, String at, ApprovalPolicy policy,
                                        Map<String, Capability> byCode) {
        List<LeadTime.Step> leadSteps = capability.hasLeadTime() ? capability.leadTime().stretch() : List.of();
        for (int i = 0; i < leadSteps.size(); i++) {
            requireTier(policy, leadSteps.get(i).tier(), at + ".leadTime.stretch[" + i + "].tier");
        }
        if (capability.maxQuantity() != null) {
            List<QuantityLimit.Step> steps = capability.maxQuantity().stretch();
            for (int i = 0; i < steps.size(); i++) {
                requireTier(policy, steps.get(i).tier(), at + ".maxQuantity.stretch[" + i + "].tier");
            }
        }
        for (int t = 0; t < capability.terms().size(); t++) {
            List<Term.Step> steps = capability.terms().get(t).stretch();
            for (int i = 0; i < steps.size(); i++) {
                requireTier(policy, steps.get(i).tier(), at + ".terms[" + t + "].stretch[" + i + "].tier");
            }
        }
        for (int i = 0; i < capability.requires().size(); i++) {
            if (capability.requires().get(i) instanceof Requirement.OnCapability on && !byCode.containsKey(on.capability())) {
                throw new InvalidValueException(at + ".requires[" + i + "].capability",
                        "names \"" + on.capability() + "\", which is not a capability of this catalog");
            }
        }
    }

    private static void requireTier(ApprovalPolicy policy, int tier, String field) {
        if (!policy.definesTier(tier)) {
            throw new InvalidValueException(field, "names tier " + tier + ", which policy.tiers does not define");
        }
    }

    public Optional<Capability> capability(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public String toString() {
        return "Catalog " + version + " (" + capabilities.size() + " capabilities)";
    }
}
