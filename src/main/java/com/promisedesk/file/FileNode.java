package com.promisedesk.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.domain.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One value of a file's tree together with its {@link FieldPath}. Every typed read
 * either returns a value or throws a {@link FileProblem} naming this path and why, so
 * the readers never lose track of where a value came from.
 */
final class FileNode {

    private final JsonNode json;
    private final FieldPath path;

    FileNode(JsonNode json, FieldPath path) {
        this.json = json;
        this.path = path;
    }

    FieldPath path() {
        return path;
    }

    JsonNode json() {
        return json;
    }

    /** Absent and {@code null} mean the same: not given. */
    boolean isAbsent() {
        return json.isMissingNode() || json.isNull();
    }

    FileNode get(String name) {
        return new FileNode(json.path(name), path.child(name));
    }

    FileProblem problem(String why) {
        return new FileProblem(path, why);
    }

    FileNode required() {
        if (isAbsent()) {
            throw problem("is required");
        }
        return this;
    }

    /** A required mapping that has no field but the {@code allowed} ones. */
    FileNode mapping(String... allowed) {
        required();
        if (!json.isObject()) {
            String what = path.isRoot() ? "the top level must be a mapping" : "must be a mapping";
            throw problem(what + " with the fields " + String.join(", ", allowed) + ", was " + describe(json));
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Arrays.asList(allowed).contains(name)) {
                throw get(name).problem(unknownField(name, allowed));
            }
        }
        return this;
    }

    private static String unknownField(String name, String... allowed) {
        String hint = Arrays.stream(allowed).filter(a -> a.equalsIgnoreCase(name)).findFirst()
                .map(a -> " (did you mean \"" + a + "\"?)").orElse("");
        return "is not a known field" + hint + "; allowed here: " + String.join(", ", allowed);
    }

    String text() {
        required();
        if (!json.isTextual()) {
            throw problem(notText());
        }
        String value = json.textValue().strip();
        if (value.isEmpty()) {
            throw problem("must not be empty");
        }
        return value;
    }

    /** {@code null} when absent or blank. */
    String optionalText() {
        if (isAbsent() || (json.isTextual() && json.textValue().isBlank())) {
            return null;
        }
        return text();
    }

    private String notText() {
        if (json.isNumber()) {
            return "must be text, was the number " + json + "; put it in quotes";
        }
        if (json.isBoolean()) {
            return "must be text, was read as " + json.booleanValue()
                    + " (YAML takes words such as yes, no, on, off for true or false); put it in quotes";
        }
        return "must be text, was " + describe(json);
    }

    int whole() {
        required();
        if (!json.isIntegralNumber()) {
            throw problem("must be a whole number, was " + describe(json));
        }
        if (!json.canConvertToInt()) {
            throw problem("must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + ", was " + json);
        }
        return json.intValue();
    }

    int whole(int ifAbsent) {
        return isAbsent() ? ifAbsent : whole();
    }

    BigDecimal number() {
        required();
        if (!json.isNumber()) {
            throw problem("must be a number, was " + describe(json));
        }
        return json.decimalValue();
    }

    LocalDate date() {
        required();
        String value = json.isTextual() ? json.textValue().strip() : null;
        try {
            if (value != null) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below, with the value as written
        }
        throw problem("must be a date written YYYY-MM-DD, was " + describe(json));
    }

    LocalDate optionalDate() {
        return isAbsent() ? null : date();
    }

    /** One of the constants of {@code type}, written in any case; {@code -} and spaces count as {@code _}. */
    <E extends Enum<E>> E choice(Class<E> type, boolean upperCase) {
        String given = text();
        String wanted = given.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> upperCase ? c.name() : c.name().toLowerCase(Locale.ROOT)).toList();
        throw problem("must be one of " + String.join(", ", allowed) + "; was " + describe(json));
    }

    <E extends Enum<E>> E optionalChoice(Class<E> type, boolean upperCase, E ifAbsent) {
        return isAbsent() ? ifAbsent : choice(type, upperCase);
    }

    /** The elements of a list; an absent list is empty. */
    List<FileNode> items() {
        if (isAbsent()) {
            return List.of();
        }
        if (!json.isArray()) {
            throw problem("must be a list, was " + describe(json));
        }
        List<FileNode> items = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            items.add(new FileNode(json.get(i), path.index(i)));
        }
        return items;
    }

    <T> List<T> list(Function<FileNode, T> read) {
        return items().stream().map(read).toList();
    }

    /** The fields of a mapping whose keys are data (tier numbers, term keys); absent is empty. */
    List<Map.Entry<String, FileNode>> entries() {
        if (isAbsent()) {
            return List.of();
        }
        if (!json.isObject()) {
            throw problem("must be a mapping, was " + describe(json));
        }
        List<Map.Entry<String, FileNode>> entries = new ArrayList<>(json.size());
        json.fieldNames().forEachRemaining(name -> entries.add(Map.entry(name, get(name))));
        return entries;
    }

    /**
     * Runs a domain constructor; its {@link InvalidValueException} names a field relative
     * to this node, which becomes the problem's path.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            throw new FileProblem(DomainField.resolve(this, e.field()), e.why());
        }
    }

    static String describe(JsonNode json) {
        if (json.isTextual()) {
            String text = json.textValue();
            return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        }
        if (json.isArray()) {
            return "a list";
        }
        if (json.isObject()) {
            return "a mapping";
        }
        if (json.isNull() || json.isMissingNode()) {
            return "empty";
        }
        return json.toString();
    }
}
