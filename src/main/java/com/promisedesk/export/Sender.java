package com.promisedesk.export;

/**
 * Who hands the summary over: the company and the rep the customer can reach. Every field
 * is optional; a missing one is left out of the document rather than printed blank.
 */
public record Sender(String company, String rep, String email, String phone) {

    public Sender {
        company = blankToNull(company);
        rep = blankToNull(rep);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    public static Sender none() {
        return new Sender(null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
