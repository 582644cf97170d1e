package com.promisedesk.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Constructor checks shared by the records of this package; each message names the field and why. */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return value.strip();
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int atLeast(int value, int minimum, String field) {
        if (value < minimum) {
            throw new InvalidValueException(field, "must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    static <T> List<T> list(Collection<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        values.forEach(v -> Objects.requireNonNull(v, field + " must not contain null"));
        return List.copyOf(values);
    }

    static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? Map.of() : Map.copyOf(values);
    }
}
