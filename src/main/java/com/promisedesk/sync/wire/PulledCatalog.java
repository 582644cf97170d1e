package com.promisedesk.sync.wire;

import java.time.Instant;

/** A published catalog version with the file it was published from. */
public record PulledCatalog(long seq, String version, String fileName, String source, Instant publishedAt) {
}
