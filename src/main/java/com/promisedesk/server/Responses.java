package com.promisedesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.sync.wire.ErrorBody;
import io.javalin.http.Context;
import java.sql.SQLException;

/** Reading bodies (within {@link JsonBody}'s budget) and writing JSON answers. */
final class Responses {

    private final ObjectMapper json;
    private final JsonBody bodies;

    Responses(ObjectMapper json, long maxBodyBytes) {
        this.json = json;
        this.bodies = new JsonBody(json, maxBodyBytes);
    }

    /**
     * The body, read only once {@code allowed} has accepted the caller: a token whose role may
     * not call the endpoint is refused before a byte of its body is read or parsed.
     */
    JsonNode body(Context ctx, java.util.function.Consumer<Principal> allowed) throws java.io.IOException {
        allowed.accept(ctx.attribute(CentralServer.PRINCIPAL));
        return bodies.read(ctx);
    }

    void ok(Context ctx, Object value) throws JsonProcessingException {
        ctx.status(200).contentType("application/json").result(json.writeValueAsBytes(value));
    }

    void error(Context ctx, int status, String code, String message, String field) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(new ErrorBody(new ErrorBody.Detail(code, message, field)));
        } catch (JsonProcessingException e) {
            body = ("{\"error\":{\"code\":\"" + code + "\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        ctx.status(status).contentType("application/json").result(body);
    }

    static long longParam(Context ctx, String name, long fallback, long min, long max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw ApiError.badRequest(name, "must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name, "must be a whole number, was \"" + abbreviate(text) + "\"");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    static boolean transientFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("40") || state.startsWith("08") || state.equals("55P03"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
                    return true;
                }
            }
        }
        return false;
    }
}
