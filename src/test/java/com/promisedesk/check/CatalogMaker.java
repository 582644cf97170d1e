package com.promisedesk.check;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Capacity;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CatalogCalendar;
import com.promisedesk.domain.Category;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Requirement;
import com.promisedesk.domain.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds test catalogs: tiers 1-4, bespoke tier 3, capacity tier 2, under-promise 25% / 5 days unless told. */
final class CatalogMaker {

    private String country;
    private final Set<LocalDate> closed = new HashSet<>();
    private final List<Capability> capabilities = new ArrayList<>();
    private int slackPercent = 25;
    private int minSlackDays = 5;

    static CatalogMaker catalog() {
        return new CatalogMaker();
    }

    static Cap capability(String code) {
        return new Cap(code);
    }

    CatalogMaker country(String code) {
        this.country = code;
        return this;
    }

    CatalogMaker closed(LocalDate... days) {
        closed.addAll(Arrays.asList(days));
        return this;
    }

    CatalogMaker underPromise(int percent, int minDays) {
        this.slackPercent = percent;
        this.minSlackDays = minDays;
        return this;
    }

    CatalogMaker with(Cap... caps) {
        for (Cap cap : caps) {
            capabilities.add(cap.build());
        }
        return this;
    }

    Catalog build() {
        TreeMap<Integer, List<String>> tiers = new TreeMap<>(Map.of(
                1, List.of("sales-lead"),
                2, List.of("sales-lead", "product"),
                3, List.of("sales-lead", "product", "engineering", "support"),
                4, List.of("sales-lead", "product", "engineering", "support", "executive")));
        ApprovalPolicy policy = new ApprovalPolicy(tiers, 3, 2, new ApprovalPolicy.UnderPromise(slackPercent, minSlackDays));
        return new Catalog("test", LocalDate.of(2026, 11, 20), new CatalogCalendar(country, closed), policy, capabilities);
    }

    /** One capability; available everywhere, lead time 10 (or none), no limits unless told. */
    static final class Cap {
        private final String code;
        private String name;
        private CapabilityStatus status = CapabilityStatus.AVAILABLE;
        private LocalDate availableFrom;
        private Set<String> regions = Set.of();
        private LeadTime leadTime = LeadTime.of(10);
        private QuantityLimit maxQuantity;
        private Capacity capacity;
        private final List<Requirement> requires = new ArrayList<>();
        private final List<Term> terms = new ArrayList<>();

        private Cap(String code) {
            this.code = code;
            this.name = "Capability " + code;
        }

        Cap name(String value) {
            this.name = value;
            return this;
        }

        Cap status(CapabilityStatus value) {
            this.status = value;
            return this;
        }

        Cap planned(LocalDate from) {
            this.status = CapabilityStatus.PLANNED;
            this.availableFrom = from;
            return this;
        }

        Cap regions(String... values) {
            this.regions = Set.of(values);
            return this;
        }

        Cap leadTime(int standard, LeadTime.Step... steps) {
            this.leadTime = new LeadTime(standard, List.of(steps));
            return this;
        }

        /** No lead time, as a support level or a payment term has none. */
        Cap noLeadTime() {
            this.leadTime = null;
            return this;
        }

        Cap maxQuantity(int standard, QuantityLimit.Step... steps) {
            this.maxQuantity = new QuantityLimit(standard, List.of(steps));
            return this;
        }

        Cap perWeek(int starts) {
            this.capacity = new Capacity(starts);
            return this;
        }

        Cap requires(String capability, int before) {
            requires.add(new Requirement.OnCapability(capability, before));
            return this;
        }

        Cap customerSupplies(String what, int before) {
            requires.add(new Requirement.OnCustomer(what, before));
            return this;
        }

        Cap term(Term term) {
            terms.add(term);
            return this;
        }

        Capability build() {
            return new Capability(code, name, Category.SERVICE, "Summary of " + code, "Customer Success", status,
                    availableFrom, regions, leadTime, maxQuantity, capacity, requires, terms);
        }
    }
}
