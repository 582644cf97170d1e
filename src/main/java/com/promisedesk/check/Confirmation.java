package com.promisedesk.check;

import java.time.LocalDate;

/**
 * When the rep tells the customer an exception will be decided: "we will confirm this by
 * …". Approvers are asked to decide within {@link #BUSINESS_DAYS} business days.
 */
public final class Confirmation {

    public static final int BUSINESS_DAYS = 3;

    private Confirmation() {
    }

    /** The date by which a line awaiting approval will be confirmed, counted from {@code today}. */
    public static LocalDate by(BusinessCalendar calendar, LocalDate today) {
        return calendar.add(today, BUSINESS_DAYS);
    }
}
