package com.promisedesk.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An imported catalog version. {@code sourceText} is the file as imported; parse it
 * again for the full {@link com.promisedesk.domain.Catalog}.
 */
public record StoredCatalog(long id, String version, LocalDate published, String sourceText, Instant importedAt) {
}
