package com.promisedesk.ui.catalog;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.ui.catalog.CapabilityDetail.Fact;
import com.promisedesk.ui.catalog.CapabilityDetail.Rung;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in one capability between two catalog versions, in the words of the Catalog
 * screen's detail pane ("Lead time: 10 business days → 15 business days (standard)"), so a
 * rep reads a change the way they read the capability.
 */
public final class CapabilityChanges {

    private CapabilityChanges() {
    }

    /** One sentence per thing that changed, in the detail pane's order; empty when nothing a rep reads changed. */
    public static List<String> between(Catalog before, Capability was, Catalog after, Capability now) {
        CapabilityDetail old = new CapabilityDescription(before.policy()).describe(was);
        CapabilityDetail next = new CapabilityDescription(after.policy()).describe(now);
        List<String> changes = new ArrayList<>();
        plain(changes, "Name", old.name(), next.name());
        plain(changes, "Status", old.status(), next.status());
        plain(changes, "Category", old.category(), next.category());
        if (!old.summary().equals(next.summary())) {
            changes.add("Summary reworded");
        }
        Map<String, List<Rung>> oldFacts = byLabel(old.facts());
        Map<String, List<Rung>> nextFacts = byLabel(next.facts());
        for (Map.Entry<String, List<Rung>> fact : nextFacts.entrySet()) {
            List<Rung> wasRungs = oldFacts.get(fact.getKey());
            if (wasRungs == null) {
                changes.add(fact.getKey() + ": new, " + text(fact.getValue()));
            } else if (!wasRungs.equals(fact.getValue())) {
                changes.add(fact.getKey() + ": " + rungs(wasRungs, fact.getValue()));
            }
        }
        oldFacts.keySet().stream().filter(label -> !nextFacts.containsKey(label))
                .forEach(label -> changes.add(label + ": no longer offered"));
        return changes;
    }

    private static void plain(List<String> changes, String label, String was, String now) {
        if (!was.equals(now)) {
            changes.add(label + ": " + was + " → " + now);
        }
    }

    private static Map<String, List<Rung>> byLabel(List<Fact> facts) {
        Map<String, List<Rung>> map = new LinkedHashMap<>();
        facts.forEach(fact -> map.put(fact.label(), fact.rungs()));
        return map;
    }

    /**
     * Rung by rung when the ladder kept its shape ("10 → 15 … (standard)"); else the whole ladder
     * before and after. A lead time gained or lost is said in words, not as a ladder against "No lead time".
     */
    private static String rungs(List<Rung> was, List<Rung> now) {
        if (isNoLeadTime(was)) {
            return "none before, now " + text(now);
        }
        if (isNoLeadTime(now)) {
            return "none now, it was " + was.get(0).text();
        }
        boolean sameShape = was.size() == now.size();
        for (int i = 0; sameShape && i < was.size(); i++) {
            sameShape = Objects.equals(was.get(i).note(), now.get(i).note());
        }
        if (!sameShape) {
            return text(was) + " → " + text(now);
        }
        List<String> moved = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            Rung old = was.get(i);
            Rung next = now.get(i);
            if (!old.value().equals(next.value())) {
                String words = old.value() + " → " + next.value() + (next.note() == null ? "" : " (" + next.note() + ")");
                (CapabilityDescription.IMPOSSIBLE.equals(next.note()) ? limits : moved).add(words);
            }
        }
        // "Fewer than 5 (not possible)" follows from the rungs above it; it is news only on its own.
        return String.join("; ", moved.isEmpty() ? limits : moved);
    }

    private static boolean isNoLeadTime(List<Rung> rungs) {
        return rungs.size() == 1 && CapabilityDescription.NO_LEAD_TIME.equals(rungs.get(0).value());
    }

    private static String text(List<Rung> rungs) {
        return String.join("; ", rungs.stream().map(Rung::text).toList());
    }
}
