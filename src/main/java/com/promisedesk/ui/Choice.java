package com.promisedesk.ui;

/** One entry of a filter list: a value ({@code null} for "any") and the words shown for it. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
