package com.promisedesk.server.console;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a new catalog changes against the one published latest, capability by capability, in
 * a few words each ("lead time 15 → 10 business days", "regions EU → EU, UK"): the catalog
 * owner reads it before Publish. A capability is retired when it is gone from the file or its
 * status became retired.
 *
 * @param wide what changes for the whole catalog: the approval policy, the business calendar
 */
public record CatalogChanges(List<Item> added, List<Item> changed, List<Item> retired, List<String> wide) {

    /**
     * One capability: its code, its name (in the new catalog when it has one), what changed, and
     * for an added one its summary (otherwise "").
     */
    public record Item(String code, String name, String what, String summary) {

        Item(String code, String name, String what) {
            this(code, name, what, "");
        }
    }

    public static CatalogChanges between(Catalog before, Catalog after) {
        List<Item> added = new ArrayList<>();
        List<Item> changed = new ArrayList<>();
        List<Item> retired = new ArrayList<>();
        for (Capability now : after.capabilities()) {
            Capability was = before.capability(now.code()).orElse(null);
            if (was == null) {
                added.add(new Item(now.code(), now.name(), now.status() == CapabilityStatus.AVAILABLE ? ""
                        : now.status().label().toLowerCase(java.util.Locale.ROOT), now.summary()));
            } else if (now.status() == CapabilityStatus.RETIRED && was.status() != CapabilityStatus.RETIRED) {
                retired.add(new Item(now.code(), now.name(), "status retired"));
            } else if (!now.equals(was)) {
                changed.add(new Item(now.code(), now.name(), String.join("; ", differences(was, now))));
            }
        }
        for (Capability was : before.capabilities()) {
            if (after.capability(was.code()).isEmpty()) {
                retired.add(new Item(was.code(), was.name(), "no longer in the catalog"));
            }
        }
        List<String> wide = new ArrayList<>();
        if (!before.policy().equals(after.policy())) {
            wide.add("the approval policy (tiers and their approvers)");
        }
        if (!before.calendar().equals(after.calendar())) {
            wide.add("the business calendar (closed days)");
        }
        return new CatalogChanges(List.copyOf(added), List.copyOf(changed), List.copyOf(retired), List.copyOf(wide));
    }

    public boolean none() {
        return added.isEmpty() && changed.isEmpty() && retired.isEmpty() && wide.isEmpty();
    }

    /** What differs between two versions of one capability, each in a few words; never the texts themselves. */
    static List<String> differences(Capability was, Capability now) {
        List<String> words = new ArrayList<>();
        if (!was.name().equals(now.name())) {
            words.add("name");
        }
        if (was.category() != now.category()) {
            words.add("category " + was.category().label() + " → " + now.category().label());
        }
        if (!was.summary().equals(now.summary())) {
            words.add("summary");
        }
        if (!was.owner().equals(now.owner())) {
            words.add("owner");
        }
        if (was.status() != now.status()) {
            words.add("status " + was.status().label() + " → " + now.status().label());
        }
        if (!Objects.equals(was.availableFrom(), now.availableFrom())) {
            words.add("available from " + (now.availableFrom() == null ? "(none)" : now.availableFrom()));
        }
        if (!was.regions().equals(now.regions())) {
            words.add("regions " + regions(was) + " → " + regions(now));
        }
        leadTime(was.leadTime(), now.leadTime(), words);
        limit(was.maxQuantity(), now.maxQuantity(), words);
        if (!Objects.equals(was.capacity(), now.capacity())) {
            words.add("capacity " + (was.capacity() == null ? "none" : was.capacity().perWeek()) + " → "
                    + (now.capacity() == null ? "none" : now.capacity().perWeek()) + " a week");
        }
        if (!was.requires().equals(now.requires())) {
            words.add("requirements");
        }
        terms(was, now, words);
        return words.isEmpty() ? List.of("details") : words;
    }

    private static String regions(Capability capability) {
        return capability.regions().isEmpty() ? "everywhere" : String.join(", ", new TreeSet<>(capability.regions()));
    }

    private static void leadTime(LeadTime was, LeadTime now, List<String> words) {
        if (Objects.equals(was, now)) {
            return;
        }
        if (was == null || now == null || was.standard() != now.standard()) {
            words.add("lead time " + (was == null ? "none" : was.standard()) + " → "
                    + (now == null ? "none" : now.standard() + " business days"));
        } else {
            words.add("lead time with approval");
        }
    }

    private static void limit(QuantityLimit was, QuantityLimit now, List<String> words) {
        if (Objects.equals(was, now)) {
            return;
        }
        if (was == null || now == null || was.standard() != now.standard()) {
            words.add("limit " + (was == null ? "none" : was.standard()) + " → "
                    + (now == null ? "none" : now.standard() + " per line"));
        } else {
            words.add("limit with approval");
        }
    }

    private static void terms(Capability was, Capability now, List<String> words) {
        for (Term term : now.terms()) {
            Term old = was.term(term.key()).orElse(null);
            if (old == null) {
                words.add("term " + term.label() + " added");
            } else if (old.standard().compareTo(term.standard()) != 0) {
                words.add(term.label() + " " + number(old) + " → " + number(term));
            } else if (!old.equals(term)) {
                words.add(term.label() + " with approval");
            }
        }
        for (Term old : was.terms()) {
            if (now.term(old.key()).isEmpty()) {
                words.add("term " + old.label() + " removed");
            }
        }
    }

    private static String number(Term term) {
        String value = term.standard().stripTrailingZeros().toPlainString();
        return term.unit() == null ? value : value + " " + term.unit();
    }
}
