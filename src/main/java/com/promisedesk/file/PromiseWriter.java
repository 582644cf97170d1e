package com.promisedesk.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/** Writes a {@link Promise} as the pretty JSON of docs/promise-file.md; fields without a value are left out. */
final class PromiseWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    String write(Promise promise) {
        ObjectNode root = NODES.objectNode();
        root.put("id", promise.id().toString());
        ObjectNode customer = root.putObject("customer");
        customer.put("name", promise.customer().name());
        putIfPresent(customer, "region", promise.customer().region());
        putIfPresent(customer, "contact", promise.customer().contact());
        root.put("title", promise.title());
        root.put("start", promise.start().toString());
        root.put("status", promise.status().name());
        putIfPresent(root, "agreedOn", promise.agreedOn());
        putIfPresent(root, "language", promise.language() == null ? null : promise.language().tag());
        ArrayNode lines = root.putArray("lines");
        promise.lines().forEach(line -> line(lines.addObject(), line));
        ArrayNode expectations = root.putArray("expectations");
        promise.expectations().forEach(expectation -> expectation(expectations.addObject(), expectation));
        ArrayNode responsibilities = root.putArray("responsibilities");
        promise.responsibilities().forEach(r -> responsibility(responsibilities.addObject(), r));
        ArrayNode extras = root.putArray("extras");
        for (Extra extra : promise.extras()) {
            extras.addObject().put("text", extra.text());
        }
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises.
            throw new UncheckedIOException(e);
        }
    }

    private static void line(ObjectNode node, CommitmentLine line) {
        putIfPresent(node, "capability", line.capability());
        putIfPresent(node, "bespoke", line.bespoke());
        node.put("quantity", line.quantity());
        putIfPresent(node, "date", line.date());
        if (!line.terms().isEmpty()) {
            ObjectNode terms = node.putObject("terms");
            // Sorted, so the same promise always gives the same bytes.
            new TreeMap<>(line.terms()).forEach(terms::put);
        }
        putIfPresent(node, "underPromiseReason", line.underPromiseReason());
    }

    private static void expectation(ObjectNode node, Expectation expectation) {
        node.put("text", expectation.text());
        links(node, expectation.lines());
        node.put("status", expectation.status().name());
        putIfPresent(node, "clarified", expectation.clarified());
    }

    private static void responsibility(ObjectNode node, Responsibility responsibility) {
        node.put("text", responsibility.text());
        putIfPresent(node, "due", responsibility.due());
        links(node, responsibility.lines());
    }

    private static void links(ObjectNode node, List<Integer> lines) {
        ArrayNode links = node.putArray("lines");
        lines.forEach(links::add);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, LocalDate value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
