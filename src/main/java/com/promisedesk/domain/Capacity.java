package com.promisedesk.domain;

/** Team-wide starts of a capability per ISO week. */
public record Capacity(int perWeek) {
    public Capacity {
        Require.atLeast(perWeek, 1, "capacity.perWeek");
    }
}
