package com.promisedesk.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where one line of an agreed promise stands: its promised day and its latest mark.
 *
 * @param promised the day the line is promised at (its own date, or the standard date by the
 *                 catalog); null for a bespoke line without a date, which cannot be late
 * @param mark     the line's latest DELIVERED or CANCELLED mark; null while it is still to deliver
 */
public record LineDelivery(int line, LocalDate promised, DeliveryMark mark) {

    /** Still to deliver: no mark yet. */
    public boolean open() {
        return mark == null;
    }

    public boolean cancelled() {
        return mark != null && mark.kind() == DeliveryKind.CANCELLED;
    }

    /** Delivered after its promised day. */
    public boolean late() {
        return mark != null && mark.kind() == DeliveryKind.DELIVERED && promised != null && mark.on().isAfter(promised);
    }

    /** Days delivered after the promised day (0 when on time, open, cancelled or without a day). */
    public long daysLate() {
        return late() ? ChronoUnit.DAYS.between(promised, mark.on()) : 0;
    }

    /** Still to deliver and its promised day is before {@code today}: overdue. */
    public boolean overdue(LocalDate today) {
        return open() && promised != null && promised.isBefore(today);
    }
}
