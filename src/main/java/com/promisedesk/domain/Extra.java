package com.promisedesk.domain;

/** A one-time goodwill item; always labelled one-time in writing, so it never becomes an implicit promise. */
public record Extra(String text) {
    public Extra {
        text = Require.text(text, "text");
    }
}
