package com.promisedesk.file;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CatalogCalendar;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds a {@link Catalog} from the tree of a catalog file (docs/catalog.md). */
final class CatalogReader {

    private final CapabilityReader capabilities = new CapabilityReader();

    Catalog read(FileNode root) {
        root.mapping("catalog", "policy", "capabilities");
        Head head = head(root);
        List<Capability> offered = root.get("capabilities").required().list(capabilities::read);
        return head.catalog(root, offered);
    }

    /** The catalog's version, date, calendar and approval policy: all of it but the capabilities. */
    record Head(String version, LocalDate published, CatalogCalendar calendar, ApprovalPolicy policy) {

        Catalog catalog(FileNode root, List<Capability> offered) {
            // Duplicate codes, tiers a stretch step names and required codes are the catalog's own checks.
            return root.build(() -> new Catalog(version, published, calendar, policy, offered));
        }
    }

    Head head(FileNode root) {
        FileNode head = root.get("catalog").mapping("version", "published", "calendar");
        String version = head.get("version").text();
        LocalDate published = head.get("published").date();
        CatalogCalendar calendar = calendar(head.get("calendar"));
        return new Head(version, published, calendar, policy(root.get("policy")));
    }

    Capability capability(FileNode node) {
        return capabilities.read(node);
    }

    private static CatalogCalendar calendar(FileNode node) {
        if (node.isAbsent()) {
            return null;
        }
        node.mapping("country", "closed");
        String country = node.get("country").optionalText();
        LinkedHashSet<LocalDate> closed = new LinkedHashSet<>(node.get("closed").list(FileNode::date));
        return node.build(() -> new CatalogCalendar(country, closed));
    }

    private static ApprovalPolicy policy(FileNode node) {
        node.mapping("tiers", "bespokeTier", "capacityTier", "underPromise");
        FileNode tiersNode = node.get("tiers").required();
        SortedMap<Integer, List<String>> tiers = new TreeMap<>();
        for (Map.Entry<String, FileNode> entry : tiersNode.entries()) {
            FileNode tier = entry.getValue();
            int number = tierNumber(entry.getKey(), tier);
            if (tiers.containsKey(number)) {
                throw tier.problem("defines tier " + number + " a second time");
            }
            tier.mapping("approvers");
            tiers.put(number, tier.get("approvers").required().list(FileNode::text));
        }
        int bespokeTier = node.get("bespokeTier").whole();
        int capacityTier = node.get("capacityTier").whole();
        FileNode slack = node.get("underPromise").mapping("slackPercent", "minSlackDays");
        int slackPercent = slack.get("slackPercent").whole();
        int minSlackDays = slack.get("minSlackDays").whole();
        // underPromise.* and tiers.N.* are named relative to the policy, so both are built from its node.
        ApprovalPolicy.UnderPromise underPromise = node.build(() -> new ApprovalPolicy.UnderPromise(slackPercent, minSlackDays));
        return node.build(() -> new ApprovalPolicy(tiers, bespokeTier, capacityTier, underPromise));
    }

    private static int tierNumber(String key, FileNode tier) {
        try {
            int number = Integer.parseInt(key.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw tier.problem("must be named by a tier number (1, 2, 3 ...), was \"" + key + "\"");
    }
}
