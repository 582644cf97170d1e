package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.sync.wire.RequestedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads the bodies of the exception-request endpoints; anything wrong is a 400 naming the field. */
final class ExceptionRequestBodies {

    static final int MAX_BATCH = 500;
    private static final Pattern ROLE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** One request of a {@code POST /v1/requests} batch, checked. */
    record Checked(UUID id, UUID promiseId, int line, RequestedLine requested, int tier, List<String> approvers,
                   String reason, Instant requestedAt) {
    }

    /** A checked {@code POST /v1/requests/{id}/decision} body. */
    record Decision(ExceptionRequest.Decision decision, String note) {
    }

    private ExceptionRequestBodies() {
    }

    static List<Checked> batch(JsonNode body) {
        JsonFields.object(body, "body");
        List<JsonNode> items = JsonFields.array(body.get("requests"), "requests", 1, MAX_BATCH);
        List<Checked> checked = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "requests[" + i + "]";
            JsonNode item = JsonFields.object(items.get(i), at);
            UUID id = JsonFields.uuid(item.get("id"), at + ".id");
            if (!ids.add(id)) {
                throw ApiError.badRequest(at + ".id", "repeats a request id of this batch");
            }
            checked.add(new Checked(id, JsonFields.uuid(item.get("promiseId"), at + ".promiseId"),
                    (int) JsonFields.whole(item.get("line"), at + ".line", 0, 9_999),
                    line(JsonFields.object(item.get("requested"), at + ".requested"), at + ".requested"),
                    (int) JsonFields.whole(item.get("tier"), at + ".tier", 1, 99),
                    roles(item.get("approvers"), at + ".approvers"),
                    JsonFields.text(item.get("reason"), at + ".reason", ExceptionRequest.MAX_TEXT).strip(),
                    instant(item.get("requestedAt"), at + ".requestedAt")));
        }
        return checked;
    }

    static Decision decision(JsonNode body) {
        JsonFields.object(body, "body");
        String text = JsonFields.text(body.get("decision"), "decision", 20);
        ExceptionRequest.Decision decision = switch (text) {
            case "APPROVED" -> ExceptionRequest.Decision.APPROVED;
            case "REJECTED" -> ExceptionRequest.Decision.REJECTED;
            default -> throw ApiError.badRequest("decision", "must be APPROVED or REJECTED");
        };
        JsonNode noteNode = body.get("note");
        String note = noteNode == null || noteNode.isNull()
                ? null : JsonFields.text(noteNode, "note", ExceptionRequest.MAX_TEXT).strip();
        if (decision == ExceptionRequest.Decision.REJECTED && note == null) {
            throw ApiError.badRequest("note", "is required when rejecting: say why, the rep reads it to the customer");
        }
        return new Decision(decision, note);
    }

    private static RequestedLine line(JsonNode node, String at) {
        String capability = optionalText(node.get("capability"), at + ".capability", 200);
        String bespoke = optionalText(node.get("bespoke"), at + ".bespoke", ExceptionRequest.MAX_TEXT);
        if ((capability == null) == (bespoke == null)) {
            throw ApiError.badRequest(at, "names either a capability or a bespoke item, not "
                    + (capability == null ? "neither" : "both"));
        }
        int quantity = (int) JsonFields.whole(node.get("quantity"), at + ".quantity", 1,
                CommitmentLine.MAX_QUANTITY);
        String dateText = optionalText(node.get("date"), at + ".date", 10);
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest(at + ".date", "must be a date such as 2026-12-15");
            }
        }
        Map<String, BigDecimal> terms = new LinkedHashMap<>();
        JsonNode termsNode = node.get("terms");
        if (termsNode != null && !termsNode.isNull()) {
            JsonFields.object(termsNode, at + ".terms");
            if (termsNode.size() > 50) {
                throw ApiError.badRequest(at + ".terms", "holds " + termsNode.size() + " terms; at most 50");
            }
            for (var term : (Iterable<Map.Entry<String, JsonNode>>) termsNode::fields) {
                String field = at + ".terms." + term.getKey();
                if (term.getKey().isBlank() || term.getKey().length() > 100) {
                    throw ApiError.badRequest(field, "must be a term key of 1 to 100 characters");
                }
                if (!term.getValue().isNumber()) {
                    throw ApiError.badRequest(field, "must be a number");
                }
                terms.put(term.getKey(), term.getValue().decimalValue());
            }
        }
        return new RequestedLine(capability, bespoke, quantity, date, terms);
    }

    private static List<String> roles(JsonNode node, String field) {
        List<JsonNode> items = JsonFields.array(node, field, 1, 20);
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String role = JsonFields.text(items.get(i), field + "[" + i + "]", 64);
            if (!ROLE.matcher(role).matches() || roles.contains(role)) {
                throw ApiError.badRequest(field + "[" + i + "]", "must be an approver role such as sales-lead,"
                        + " named once");
            }
            roles.add(role);
        }
        return roles;
    }

    private static String optionalText(JsonNode node, String field, int maxLength) {
        return node == null || node.isNull() ? null : JsonFields.text(node, field, maxLength).strip();
    }

    private static Instant instant(JsonNode node, String field) {
        String text = JsonFields.text(node, field, 40);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(field, "must be an instant such as 2026-11-23T17:02:11Z");
        }
    }
}
