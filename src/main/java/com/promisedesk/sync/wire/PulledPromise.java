package com.promisedesk.sync.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** A promise of this user as the server holds it now (the current version only). */
public record PulledPromise(long seq, UUID id, long version, JsonNode promise) {
}
