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
 * the policy; every required capability exists. Its capabilities are on a
 * {@link CapabilityShelf}: in memory, or in the store that checked all this when it took
 * the catalog in ({@link #stored}).
 */
public final class Catalog {

    private final String version;
    private final LocalDate published;
    private final CatalogCalendar calendar;
    private final ApprovalPolicy policy;
    private final CapabilityShelf shelf;

    public Catalog(String version, LocalDate published, CatalogCalendar calendar, ApprovalPolicy policy,
                   List<Capability> capabilities) {
        this(version, published, calendar, policy, new InMemory(Require.list(capabilities, "capabilities")));
        InMemory inMemory = (InMemory) shelf;
        for (int i = 0; i < inMemory.capabilities.size(); i++) {
            checkReferences(inMemory.capabilities.get(i), "capabilities[" + i + "]", policy, inMemory.byCode);
        }
    }

    private Catalog(String version, LocalDate published, CatalogCalendar calendar, ApprovalPolicy policy,
                    CapabilityShelf shelf) {
        this.version = Require.text(version, "version");
        this.published = Require.present(published, "published");
        this.calendar = calendar == null ? CatalogCalendar.weekdaysOnly() : calendar;
        this.policy = Require.present(policy, "policy");
        this.shelf = shelf;
    }

    /**
     * A catalog whose capabilities stay on {@code shelf} (the local store's), read one at a time
     * when asked for. Its codes, tiers and requirements were checked when the store took it in.
     */
    public static Catalog stored(String version, LocalDate published, CatalogCalendar calendar, ApprovalPolicy policy,
                                 CapabilityShelf shelf) {
        return new Catalog(version, published, calendar, policy, Require.present(shelf, "shelf"));
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

    /** Every capability in catalog order; a stored catalog reads them all (work on the whole catalog only). */
    public List<Capability> capabilities() {
        return shelf.all();
    }

    /** How many capabilities the catalog has. */
    public int size() {
        return shelf.size();
    }

    /** The first {@code n} capabilities in catalog order. */
    public List<Capability> first(int n) {
        return shelf.first(n);
    }

    /** Which of the catalog's capabilities require each other. */
    public RequirementCycles requirementCycles() {
        return shelf.requirementCycles();
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
        return shelf.capability(code);
    }

    @Override
    public String toString() {
        return "Catalog " + version + " (" + shelf.size() + " capabilities)";
    }

    /** A catalog just read from its file: every capability in memory. */
    private static final class InMemory implements CapabilityShelf {

        private final List<Capability> capabilities;
        private final Map<String, Capability> byCode;
        /** Found at most a few times over when two threads ask at once; each finds the same. */
        private volatile RequirementCycles cycles;

        InMemory(List<Capability> capabilities) {
            this.capabilities = capabilities;
            this.byCode = Collections.unmodifiableMap(index(capabilities));
        }

        @Override
        public Optional<Capability> capability(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public int size() {
            return capabilities.size();
        }

        @Override
        public List<Capability> first(int n) {
            return capabilities.subList(0, Math.min(n, capabilities.size()));
        }

        @Override
        public List<Capability> all() {
            return capabilities;
        }

        /** Found at the first question (a checker's), not for every catalog read. */
        @Override
        public RequirementCycles requirementCycles() {
            RequirementCycles found = cycles;
            if (found == null) {
                found = RequirementCycles.of(capabilities);
                cycles = found;
            }
            return found;
        }
    }
}
