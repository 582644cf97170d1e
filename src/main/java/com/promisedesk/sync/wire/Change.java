package com.promisedesk.sync.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/**
 * One promise as the device holds it now, pushed up.
 *
 * @param changeId    made by the device; the server applies a change id once, however often it is sent
 * @param supersedes  earlier change ids of the same promise this one includes; when the server's current
 *                    version was made by one of them, the change is not a conflict with it
 * @param baseVersion the server version the device's copy was based on; 0 for a new promise
 * @param promise     the promise file JSON (docs/promise-file.md)
 * @param resolves    conflict ids this change resolves (the rep picked fields from base, theirs and yours)
 */
public record Change(UUID changeId, List<UUID> supersedes, UUID promiseId, long baseVersion, JsonNode promise,
                     List<UUID> resolves) {

    public Change {
        supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
        resolves = resolves == null ? List.of() : List.copyOf(resolves);
    }
}
