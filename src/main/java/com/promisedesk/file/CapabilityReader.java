package com.promisedesk.file;

import com.promisedesk.domain.Better;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Capacity;
import com.promisedesk.domain.Category;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Requirement;
import com.promisedesk.domain.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one {@link Capability} of a catalog file, with its lead time, limits, requirements and terms.
 * Values many capabilities repeat (owners, regions, units, lead times, terms) are kept once per
 * catalog: a 50,000-capability catalog has a few hundred distinct ones.
 */
final class CapabilityReader {

    /** The equal values read so far, each kept once; all are immutable. */
    private final Map<Object, Object> shared = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    Capability read(FileNode node) {
        node.mapping("code", "name", "category", "summary", "owner", "status", "availableFrom", "regions",
                "leadTime", "maxQuantity", "capacity", "requires", "terms");
        String code = node.get("code").text();
        Translated name = translated(node.get("name"));
        Category category = node.get("category").choice(Category.class, false);
        Translated summary = translated(node.get("summary"));
        String owner = share(node.get("owner").text());
        CapabilityStatus status = node.get("status").choice(CapabilityStatus.class, false);
        LocalDate availableFrom = node.get("availableFrom").optionalDate();
        Set<String> regions = share(Set.copyOf(new LinkedHashSet<>(node.get("regions").list(r -> share(r.text())))));
        LeadTime leadTime = share(leadTime(node));
        QuantityLimit maxQuantity = share(maxQuantity(node));
        Capacity capacity = share(capacity(node));
        List<Requirement> requires = share(List.copyOf(node.get("requires").list(r -> share(requirement(r)))));
        List<Term> terms = share(List.copyOf(terms(node.get("terms"))));
        Capability.Translations translations = name.others().isEmpty() && summary.others().isEmpty()
                ? Capability.Translations.NONE : new Capability.Translations(name.others(), summary.others());
        return node.build(() -> new Capability(code, name.english(), category, summary.english(), owner, status,
                availableFrom, regions, leadTime, maxQuantity, capacity, requires, terms, translations));
    }

    /** A customer-facing text: English, and what the catalog gives in other languages. */
    record Translated(String english, Map<Language, String> others) {
    }

    /**
     * A plain string (English), or a mapping {@code { en: "…", de: "…" }} of the five languages'
     * codes; {@code en} is required there, as the words every other language falls back to.
     */
    static Translated translated(FileNode node) {
        if (node.isAbsent() || !node.json().isObject()) {
            return new Translated(node.text(), Map.of());
        }
        String[] codes = java.util.Arrays.stream(Language.values()).map(Language::tag).toArray(String[]::new);
        node.mapping(codes);
        String english = node.get("en").text();
        Map<Language, String> others = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = language == Language.EN ? null : node.get(language.tag()).optionalText();
            if (text != null) {
                others.put(language, text);
            }
        }
        return new Translated(english, others.isEmpty() ? Map.of() : Map.copyOf(others));
    }

    // LeadTime, QuantityLimit and Capacity name their fields with their own prefix
    // ("leadTime.standard"), so they are built from the capability's node.

    /** {@code null} when the capability documents none (a support level, a payment term): it is optional. */
    private static LeadTime leadTime(FileNode capability) {
        FileNode node = capability.get("leadTime");
        if (node.isAbsent()) {
            return null;
        }
        node.mapping("standard", "stretch");
        int standard = node.get("standard").whole();
        List<LeadTime.Step> stretch = node.get("stretch").list(step -> {
            step.mapping("tier", "min");
            int tier = step.get("tier").whole();
            int min = step.get("min").whole();
            return step.build(() -> new LeadTime.Step(tier, min));
        });
        return capability.build(() -> new LeadTime(standard, stretch));
    }

    private static QuantityLimit maxQuantity(FileNode capability) {
        FileNode node = capability.get("maxQuantity");
        if (node.isAbsent()) {
            return null;
        }
        node.mapping("standard", "stretch");
        int standard = node.get("standard").whole();
        List<QuantityLimit.Step> stretch = node.get("stretch").list(step -> {
            step.mapping("tier", "max");
            int tier = step.get("tier").whole();
            int max = step.get("max").whole();
            return step.build(() -> new QuantityLimit.Step(tier, max));
        });
        return capability.build(() -> new QuantityLimit(standard, stretch));
    }

    private static Capacity capacity(FileNode capability) {
        FileNode node = capability.get("capacity");
        if (node.isAbsent()) {
            return null;
        }
        int perWeek = node.mapping("perWeek").get("perWeek").whole();
        return capability.build(() -> new Capacity(perWeek));
    }

    private static Requirement requirement(FileNode node) {
        node.mapping("capability", "customer", "before");
        boolean onCapability = !node.get("capability").isAbsent();
        boolean onCustomer = !node.get("customer").isAbsent();
        if (onCapability == onCustomer) {
            throw node.problem(onCapability
                    ? "names both a capability and a customer; a requirement is one or the other"
                    : "must name a capability or a customer (what the customer must supply)");
        }
        int before = node.get("before").whole();
        if (onCapability) {
            String code = node.get("capability").text();
            return node.build(() -> new Requirement.OnCapability(code, before));
        }
        String what = node.get("customer").text();
        return node.build(() -> new Requirement.OnCustomer(what, before));
    }

    private List<Term> terms(FileNode node) {
        Map<String, Integer> seen = new HashMap<>();
        List<FileNode> items = node.items();
        List<Term> terms = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Term term = share(term(items.get(i)));
            Integer earlier = seen.putIfAbsent(term.key(), i);
            if (earlier != null) {
                throw items.get(i).get("key").problem("repeats the key \"" + term.key() + "\" of terms[" + earlier + "]");
            }
            terms.add(term);
        }
        return terms;
    }

    private Term term(FileNode node) {
        node.mapping("key", "label", "unit", "better", "standard", "stretch");
        String key = share(node.get("key").text());
        Translated translated = translated(node.get("label"));
        String label = share(translated.english());
        String unit = share(node.get("unit").optionalText());
        Better better = node.get("better").choice(Better.class, false);
        BigDecimal standard = node.get("standard").number();
        List<Term.Step> stretch = node.get("stretch").list(step -> {
            step.mapping("tier", "value");
            int tier = step.get("tier").whole();
            BigDecimal value = step.get("value").number();
            return step.build(() -> new Term.Step(tier, value));
        });
        return node.build(() -> new Term(key, label, unit, better, standard, stretch, translated.others()));
    }
}
