package com.promisedesk.store;

import com.promisedesk.domain.PromiseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One promise as the list shows it. {@code version} is the local version, bumped by every save. */
public record PromiseRow(UUID id, String customer, String title, PromiseStatus status, LocalDate start,
                         Instant updatedAt, long version) {
}
