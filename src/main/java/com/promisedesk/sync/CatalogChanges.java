package com.promisedesk.sync;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a newly pulled catalog version changed, for the rep to read: capabilities added,
 * changed, and retired (marked retired, or gone from the catalog).
 */
public record CatalogChanges(String fromVersion, String toVersion, List<String> added, List<String> changed,
                             List<String> retired) {

    public CatalogChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        retired = List.copyOf(retired);
    }

    /** @param before the catalog the rep had, or null on the first sync (then everything is added) */
    public static CatalogChanges between(Catalog before, Catalog after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        for (Capability now : after.capabilities()) {
            Optional<Capability> was = before == null ? Optional.empty() : before.capability(now.code());
            if (was.isEmpty()) {
                added.add(now.code());
            } else if (now.status() == CapabilityStatus.RETIRED && was.get().status() != CapabilityStatus.RETIRED) {
                retired.add(now.code());
            } else if (!now.equals(was.get())) {
                changed.add(now.code());
            }
        }
        if (before != null) {
            for (Capability old : before.capabilities()) {
                if (after.capability(old.code()).isEmpty()) {
                    retired.add(old.code());
                }
            }
        }
        return new CatalogChanges(before == null ? null : before.version(), after.version(), added, changed, retired);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && retired.isEmpty();
    }

    /** One line a rep can read: "Catalog 2026.12.1: 3 added, 2 changed, 1 retired (ONB-OLD)". */
    public String summary() {
        return "Catalog " + toVersion + ": " + added.size() + " added, " + changed.size() + " changed, " + retired.size()
                + " retired" + (retired.isEmpty() ? "" : " (" + String.join(", ", retired) + ")");
    }
}
