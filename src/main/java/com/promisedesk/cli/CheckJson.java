package com.promisedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Responsibility;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code check --format json}: exactly the names docs/checking.md gives; tools and tests rely on them. */
final class CheckJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {
    }

    static String of(PromiseCheck check) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict", check.verdict().name());
        root.put("tier", check.tier());
        root.put("approvers", check.approvers());
        root.put("lines", check.lines().stream().map(CheckJson::line).toList());
        root.put("responsibilities", check.responsibilities().stream().map(CheckJson::responsibility).toList());
        root.put("blocksAgreement", check.blocksAgreement());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> line(LineCheck line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", line.index());
        json.put("verdict", line.verdict().name());
        json.put("tier", line.tier());
        json.put("suggestedDate", line.suggestedDate() == null ? null : line.suggestedDate().toString());
        json.put("reasons", line.reasons());
        return json;
    }

    private static Map<String, Object> responsibility(Responsibility responsibility) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", responsibility.text());
        json.put("due", responsibility.due() == null ? null : responsibility.due().toString());
        json.put("lines", responsibility.lines());
        return json;
    }
}
