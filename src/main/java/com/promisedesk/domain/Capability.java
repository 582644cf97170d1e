package com.promisedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One documented offering of the catalog.
 *
 * @param regions       where it can be delivered; empty means everywhere
 * @param leadTime      business days from the promise's start; {@code null} means none (a support level, a
 *                      payment term, a discount): it can start on the first business day of the promise, and its
 *                      date is not judged against a lead time
 * @param maxQuantity   units per line; {@code null} means no limit
 * @param capacity      team-wide starts per ISO week; {@code null} means no limit
 * @param availableFrom for a {@link CapabilityStatus#PLANNED} capability, the day it becomes deliverable
 * @param translations  the customer-facing name and summary in other languages than English; {@code name}
 *                      and {@code summary} are the English ones, which a missing translation falls back to
 */
public record Capability(
        String code,
        String name,
        Category category,
        String summary,
        String owner,
        CapabilityStatus status,
        LocalDate availableFrom,
        Set<String> regions,
        LeadTime leadTime,
        QuantityLimit maxQuantity,
        Capacity capacity,
        List<Requirement> requires,
        List<Term> terms,
        Translations translations) {

    /** A capability worded in English only. */
    public Capability(String code, String name, Category category, String summary, String owner, CapabilityStatus status,
                      LocalDate availableFrom, Set<String> regions, LeadTime leadTime, QuantityLimit maxQuantity,
                      Capacity capacity, List<Requirement> requires, List<Term> terms) {
        this(code, name, category, summary, owner, status, availableFrom, regions, leadTime, maxQuantity, capacity,
                requires, terms, Translations.NONE);
    }

    /** The name and summary in another language: its own where the catalog has it, else none. */
    public record Translations(java.util.Map<Language, String> names, java.util.Map<Language, String> summaries) {
        public static final Translations NONE = new Translations(java.util.Map.of(), java.util.Map.of());

        public Translations {
            names = names == null ? java.util.Map.of() : java.util.Map.copyOf(names);
            summaries = summaries == null ? java.util.Map.of() : java.util.Map.copyOf(summaries);
        }
    }

    /** The name in {@code language}: English always; another language only where the catalog translates it. */
    public Optional<String> nameIn(Language language) {
        return language == null || language == Language.EN ? Optional.of(name)
                : Optional.ofNullable(translations.names().get(language));
    }

    /** The customer-facing summary in {@code language}, as {@link #nameIn}. */
    public Optional<String> summaryIn(Language language) {
        return language == null || language == Language.EN ? Optional.of(summary)
                : Optional.ofNullable(translations.summaries().get(language));
    }

    public Capability {
        translations = translations == null ? Translations.NONE : translations;
        code = Require.text(code, "code");
        name = Require.text(name, "name");
        Require.present(category, "category");
        summary = Require.text(summary, "summary");
        owner = Require.text(owner, "owner");
        Require.present(status, "status");
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        requires = Require.list(requires, "requires");
        terms = Require.list(terms, "terms");
        if (status == CapabilityStatus.PLANNED && availableFrom == null) {
            throw new InvalidValueException("availableFrom", "is required for a planned capability");
        }
        long distinctKeys = terms.stream().map(Term::key).distinct().count();
        if (distinctKeys != terms.size()) {
            throw new InvalidValueException("terms", "must not repeat a key");
        }
        for (int i = 0; i < requires.size(); i++) {
            if (requires.get(i) instanceof Requirement.OnCapability on && on.capability().equals(code)) {
                throw new InvalidValueException("requires[" + i + "].capability", "must not name the capability itself");
            }
        }
    }

    /** Whether a customer in {@code region} can be served; a missing region is served everywhere. */
    public boolean servesRegion(String region) {
        return regions.isEmpty() || region == null || regions.contains(region);
    }

    /** Whether a lead time is documented; without one, rules 3 and 4 do not judge the line's date. */
    public boolean hasLeadTime() {
        return leadTime != null;
    }

    public Optional<Term> term(String key) {
        return terms.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
