package com.promisedesk.domain;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who must approve an exception, by tier (less significant exceptions need fewer
 * approvers), and the thresholds the checker applies.
 *
 * @param tiers        approver roles by tier number
 * @param bespokeTier  the tier of a line that is not in the catalog
 * @param capacityTier the tier of a line that overbooks a weekly capacity
 */
public record ApprovalPolicy(SortedMap<Integer, List<String>> tiers, int bespokeTier, int capacityTier,
                             UnderPromise underPromise) {

    public ApprovalPolicy {
        if (tiers == null || tiers.isEmpty()) {
            throw new InvalidValueException("tiers", "must define at least one tier");
        }
        TreeMap<Integer, List<String>> copy = new TreeMap<>();
        for (Map.Entry<Integer, List<String>> tier : tiers.entrySet()) {
            Require.atLeast(tier.getKey(), 1, "tiers");
            List<String> approvers = Require.list(tier.getValue(), "tiers." + tier.getKey() + ".approvers");
            if (approvers.isEmpty()) {
                throw new InvalidValueException("tiers." + tier.getKey() + ".approvers", "must name at least one approver role");
            }
            copy.put(tier.getKey(), approvers);
        }
        tiers = java.util.Collections.unmodifiableSortedMap(copy);
        Require.present(underPromise, "underPromise");
        requireTier(tiers, bespokeTier, "bespokeTier");
        requireTier(tiers, capacityTier, "capacityTier");
    }

    private static void requireTier(SortedMap<Integer, List<String>> tiers, int tier, String field) {
        if (!tiers.containsKey(tier)) {
            throw new InvalidValueException(field, "names tier " + tier + ", which policy.tiers does not define");
        }
    }

    public boolean definesTier(int tier) {
        return tiers.containsKey(tier);
    }

    /** The approver roles of {@code tier}; an unknown tier has none. */
    public List<String> approvers(int tier) {
        return tiers.getOrDefault(tier, List.of());
    }

    /** When a promise is so far inside what we can do that it sandbags. */
    public record UnderPromise(int slackPercent, int minSlackDays) {
        public UnderPromise {
            Require.atLeast(slackPercent, 0, "underPromise.slackPercent");
            Require.atLeast(minSlackDays, 0, "underPromise.minSlackDays");
        }
    }
}
