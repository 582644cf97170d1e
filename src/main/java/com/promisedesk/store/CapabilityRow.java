package com.promisedesk.store;

import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Category;

/** One capability of the current catalog as a search lists it. */
public record CapabilityRow(String code, String name, Category category, CapabilityStatus status, String summary,
                            String owner) {
}
