package com.promisedesk.ui.conflicts;

import java.util.UUID;

/** A conflict in the list: the promise's title and the fields that differ. */
public record ConflictItem(UUID id, String title, String customer, String differs, boolean resolving) {

    @Override
    public String toString() {
        return title + " · " + customer + (resolving ? " (resolved, waiting to sync)" : "");
    }
}
