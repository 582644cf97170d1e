package com.promisedesk.sync.wire;

/** Units of a capability the rest of the team has booked in one ISO week (never whose, never for whom). */
public record Booking(String capability, int isoYear, int isoWeek, int quantity) {
}
