package com.promisedesk.store;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Better;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Makes catalogs for the store tests, built from the domain records directly. */
final class Catalogs {

    private Catalogs() {
    }

    static ApprovalPolicy policy() {
        return new ApprovalPolicy(new TreeMap<>(Map.of(
                1, List.of("sales-lead"),
                2, List.of("sales-lead", "product"),
                3, List.of("sales-lead", "product", "engineering", "support"))),
                3, 2, new ApprovalPolicy.UnderPromise(25, 5));
    }

    /** Five capabilities across categories and statuses. */
    static Catalog sample(String version) {
        return new Catalog(version, LocalDate.of(2026, 11, 20),
                new CatalogCalendar("DE", Set.of(LocalDate.of(2026, 12, 24))), policy(), List.of(
                capability("SSO-SETUP", "Single sign-on setup", Category.SERVICE, CapabilityStatus.AVAILABLE,
                        "SAML or OIDC connection to the customer's identity provider", "Identity Team"),
                new Capability("ONB-STD", "Standard onboarding", Category.SERVICE, "Guided setup of one workspace, two admin trainings",
                        "Customer Success", CapabilityStatus.AVAILABLE, null, Set.of("EU", "NA"),
                        new LeadTime(15, List.of(new LeadTime.Step(1, 10), new LeadTime.Step(3, 7))),
                        new QuantityLimit(1, List.of(new QuantityLimit.Step(2, 3))), new Capacity(4),
                        List.of(new Requirement.OnCapability("SSO-SETUP", 5),
                                new Requirement.OnCustomer("SSO metadata (SAML XML)", 10)),
                        List.of()),
                new Capability("SUP-PREM", "Premium support", Category.SUPPORT, "Round-the-clock help desk with a named engineer",
                        "Support", CapabilityStatus.LIMITED, null, Set.of(), LeadTime.of(5), null, null, List.of(),
                        List.of(new Term("responseHours", "First response", "h", Better.LOWER, new BigDecimal("8"),
                                List.of(new Term.Step(2, new BigDecimal("4")))))),
                capability("ANL-FLEET", "Fleet analytics", Category.PRODUCT, CapabilityStatus.AVAILABLE,
                        "Dashboards of vehicle usage and fuel per depot", "Product Analytics"),
                new Capability("ERP-LINK", "ERP connector", Category.PRODUCT, "Nightly export of orders to the customer's ERP",
                        "Integrations", CapabilityStatus.PLANNED, LocalDate.of(2027, 3, 1), Set.of(), LeadTime.of(20),
                        null, null, List.of(), List.of())));
    }

    static Capability capability(String code, String name, Category category, CapabilityStatus status,
                                 String summary, String owner) {
        return new Capability(code, name, category, summary, owner, status,
                status == CapabilityStatus.PLANNED ? LocalDate.of(2027, 1, 4) : null, Set.of(), LeadTime.of(10),
                null, null, List.of(), List.of());
    }

    /** {@code size} generated capabilities with codes CAP-00000…, varied words, categories and statuses. */
    static Catalog generated(String version, int size) {
        String[] nouns = {"onboarding", "analytics", "support", "delivery", "migration", "training", "export",
                "dashboard", "connector", "audit"};
        String[] adjectives = {"Standard", "Premium", "Express", "Basic", "Regional", "Custom", "Managed"};
        Category[] categories = Category.values();
        CapabilityStatus[] statuses = CapabilityStatus.values();
        List<Capability> capabilities = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String noun = nouns[i % nouns.length];
            String adjective = adjectives[(i / nouns.length) % adjectives.length];
            capabilities.add(capability(String.format("CAP-%05d", i), adjective + " " + noun + " " + i,
                    categories[i % categories.length], statuses[(i / 3) % statuses.length],
                    "Generated " + noun + " offering number " + i + " for load measurements", "Team " + (i % 40)));
        }
        return new Catalog(version, LocalDate.of(2026, 11, 20), null, policy(), capabilities);
    }
}
