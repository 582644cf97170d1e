package com.promisedesk.domain;

/**
 * A value that cannot stand in a record of the domain. {@link #field()} names the
 * field (relative to the record, e.g. {@code leadTime.standard}) so that a reader of
 * files can point at the line it came from.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String why;

    public InvalidValueException(String field, String why) {
        super(field + " " + why);
        this.field = field;
        this.why = why;
    }

    public String field() {
        return field;
    }

    public String why() {
        return why;
    }
}
