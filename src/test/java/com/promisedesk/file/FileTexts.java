package com.promisedesk.file;

import static org.assertj.core.api.Assertions.assertThat;

/** Good files the tests start from; the error tests change one snippet, so line numbers below are fixed. */
final class FileTexts {

    private FileTexts() {
    }

    /** The catalog of docs/catalog.md's format section plus the capabilities it refers to. Line numbers matter to the tests. */
    static final String CATALOG_YAML = """
            catalog:
              version: "2026.11.2"
              published: 2026-11-20
              calendar:
                country: DE
                closed: [2026-12-24, 2026-12-31]
            policy:
              tiers:
                1: { approvers: [sales-lead] }
                2: { approvers: [sales-lead, product] }
                3: { approvers: [sales-lead, product, engineering, support] }
              bespokeTier: 3
              capacityTier: 2
              underPromise: { slackPercent: 25, minSlackDays: 5 }
            capabilities:
              - code: SSO-SETUP
                name: Single sign-on setup
                category: service
                summary: "SAML single sign-on for one identity provider"
                owner: Identity team
                status: limited
                leadTime: { standard: 5 }
              - code: ONB-STD
                name: Standard onboarding
                category: service
                summary: "Guided setup of one workspace, two admin trainings"
                owner: Customer Success
                status: available
                availableFrom: null
                regions: [EU, NA]
                leadTime:
                  standard: 15
                  stretch: [ { tier: 1, min: 10 }, { tier: 3, min: 7 } ]
                maxQuantity: { standard: 1, stretch: [ { tier: 2, max: 3 } ] }
                capacity: { perWeek: 4 }
                requires:
                  - { capability: SSO-SETUP, before: 5 }
                  - { customer: "SSO metadata (SAML XML)", before: 10 }
                terms:
                  - { key: responseHours, label: "First response", unit: h, better: lower,
                      standard: 8, stretch: [ { tier: 2, value: 4.5 } ] }
              - code: AI-ASSIST
                name: AI assistant
                category: product
                summary: "Drafts answers to support tickets"
                owner: Product
                status: planned
                availableFrom: 2027-03-01
                leadTime: { standard: 10 }
            """;

    /** The same catalog as {@link #CATALOG_YAML}, in JSON. */
    static final String CATALOG_JSON = """
            {
              "catalog": { "version": "2026.11.2", "published": "2026-11-20",
                           "calendar": { "country": "DE", "closed": ["2026-12-24", "2026-12-31"] } },
              "policy": {
                "tiers": { "1": { "approvers": ["sales-lead"] },
                           "2": { "approvers": ["sales-lead", "product"] },
                           "3": { "approvers": ["sales-lead", "product", "engineering", "support"] } },
                "bespokeTier": 3, "capacityTier": 2,
                "underPromise": { "slackPercent": 25, "minSlackDays": 5 }
              },
              "capabilities": [
                { "code": "SSO-SETUP", "name": "Single sign-on setup", "category": "service",
                  "summary": "SAML single sign-on for one identity provider", "owner": "Identity team",
                  "status": "limited", "leadTime": { "standard": 5 } },
                { "code": "ONB-STD", "name": "Standard onboarding", "category": "service",
                  "summary": "Guided setup of one workspace, two admin trainings", "owner": "Customer Success",
                  "status": "available", "availableFrom": null, "regions": ["EU", "NA"],
                  "leadTime": { "standard": 15, "stretch": [ { "tier": 1, "min": 10 }, { "tier": 3, "min": 7 } ] },
                  "maxQuantity": { "standard": 1, "stretch": [ { "tier": 2, "max": 3 } ] },
                  "capacity": { "perWeek": 4 },
                  "requires": [ { "capability": "SSO-SETUP", "before": 5 },
                                { "customer": "SSO metadata (SAML XML)", "before": 10 } ],
                  "terms": [ { "key": "responseHours", "label": "First response", "unit": "h", "better": "lower",
                               "standard": 8, "stretch": [ { "tier": 2, "value": 4.5 } ] } ] },
                { "code": "AI-ASSIST", "name": "AI assistant", "category": "product",
                  "summary": "Drafts answers to support tickets", "owner": "Product",
                  "status": "planned", "availableFrom": "2027-03-01", "leadTime": { "standard": 10 } }
              ]
            }
            """;

    /** The promise of docs/promise-file.md's example. Line numbers matter to the tests. */
    static final String PROMISE_JSON = """
            {
              "id": "6b1f3c2a-9d4e-4f5a-8b7c-1d2e3f4a5b6c",
              "customer": { "name": "Northwind Traders", "region": "EU", "contact": "Anna Berg" },
              "title": "Fleet analytics rollout",
              "start": "2026-11-23",
              "lines": [
                { "capability": "ONB-STD", "quantity": 1, "date": "2026-12-15" },
                { "capability": "SUP-PREM", "terms": { "responseHours": 4 } },
                { "bespoke": "Custom export to the customer's ERP", "date": "2027-01-29" }
              ],
              "expectations": [ { "text": "Live before the holiday freeze", "lines": [0], "status": "OPEN" } ],
              "responsibilities": [ { "text": "Named project lead", "due": "2026-11-30", "lines": [0] } ],
              "extras": [ { "text": "Two extra training seats, one-time" } ]
            }
            """;

    /** {@code text} with its one occurrence of {@code find} replaced; fails loudly if the test's snippet drifted. */
    static String replaceOnce(String text, String find, String replacement) {
        int at = text.indexOf(find);
        assertThat(at).as("snippet %s occurs in the text", find).isNotNegative();
        assertThat(text.indexOf(find, at + 1)).as("snippet %s occurs only once", find).isNegative();
        return text.substring(0, at) + replacement + text.substring(at + find.length());
    }
}
