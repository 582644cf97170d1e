package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads request fields from a JSON tree; anything wrong is a 400 naming the field and why. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonNode object(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw ApiError.badRequest(field, "is missing");
        }
        if (!node.isObject()) {
            throw ApiError.badRequest(field, "must be an object, was " + kind(node));
        }
        return node;
    }

    static List<JsonNode> array(JsonNode node, String field, int min, int max) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw ApiError.badRequest(field, "is missing");
        }
        if (!node.isArray()) {
            throw ApiError.badRequest(field, "must be an array, was " + kind(node));
        }
        if (node.size() < min || node.size() > max) {
            throw ApiError.badRequest(field, "must hold " + min + " to " + max + " items, held " + node.size());
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    static List<JsonNode> optionalArray(JsonNode node, String field, int max) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return array(node, field, 0, max);
    }

    static UUID uuid(JsonNode node, String field) {
        String text = text(node, field, 36);
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(field, "must be a UUID such as 3f2b8c1e-0000-4000-8000-000000000001");
        }
    }

    static String text(JsonNode node, String field, int maxLength) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw ApiError.badRequest(field, "is missing");
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest(field, "must be a string, was " + kind(node));
        }
        String text = node.textValue();
        if (text.isBlank()) {
            throw ApiError.badRequest(field, "must not be blank");
        }
        if (text.length() > maxLength) {
            throw ApiError.badRequest(field, "is " + text.length() + " characters long; at most " + maxLength);
        }
        return text;
    }

    /** A string matching {@code pattern} whole; {@code why} says what it must be. */
    static String matching(JsonNode node, String field, String pattern, String why) {
        String text = text(node, field, 200);
        if (!text.matches(pattern)) {
            throw ApiError.badRequest(field, why);
        }
        return text;
    }

    /** An ISO-8601 instant such as 2026-11-23T17:02:11.123456Z. */
    static java.time.Instant instant(JsonNode node, String field) {
        String text = text(node, field, 40);
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiError.badRequest(field, "must be an instant such as 2026-11-23T17:02:11.123456Z");
        }
    }

    /** An ISO date such as 2026-12-15. */
    static java.time.LocalDate date(JsonNode node, String field) {
        String text = text(node, field, 10);
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiError.badRequest(field, "must be a date such as 2026-12-15");
        }
    }

    static boolean bool(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw ApiError.badRequest(field, "is missing");
        }
        if (!node.isBoolean()) {
            throw ApiError.badRequest(field, "must be true or false, was " + kind(node));
        }
        return node.booleanValue();
    }

    static long whole(JsonNode node, String field, long min, long max) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw ApiError.badRequest(field, "is missing");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ApiError.badRequest(field, "must be a whole number, was " + kind(node));
        }
        long value = node.longValue();
        if (value < min || value > max) {
            throw ApiError.badRequest(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
