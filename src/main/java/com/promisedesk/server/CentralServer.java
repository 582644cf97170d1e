package com.promisedesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.sync.wire.ErrorBody;
import com.promisedesk.sync.wire.Me;
import com.promisedesk.sync.wire.WireJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central store's HTTP API (docs/sync-protocol.md). Every endpoint but
 * {@code /v1/health} needs a valid token. Errors are JSON with a code, a message and the
 * field at fault; never a stack trace. Tokens never reach the log.
 */
public final class CentralServer implements AutoCloseable {

    /**
     * @param bind         the address to listen on (127.0.0.1 unless a reverse proxy or the team needs more)
     * @param port         0 picks a free port
     * @param maxBodyBytes a bigger request body is refused with 413
     * @param stopTimeout  how long a stop waits for requests in flight
     */
    public record Settings(String bind, int port, long maxBodyBytes, Duration stopTimeout) {

        public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;

        public static Settings loopback(int port) {
            return new Settings("127.0.0.1", port, DEFAULT_MAX_BODY, Duration.ofSeconds(10));
        }
    }

    static final String PRINCIPAL = "principal";
    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);

    private final Javalin app;
    private final Tokens tokens;
    private final String host;

    private CentralServer(Javalin app, Tokens tokens, String host) {
        this.app = app;
        this.tokens = tokens;
        this.host = host;
    }

    /** Starts serving {@code database}; returns once the port is open. */
    public static CentralServer start(ServerDatabase database, Settings settings, Clock clock) {
        ObjectMapper json = WireJson.mapper(settings.maxBodyBytes());
        Tokens tokens = new Tokens(database, clock);
        CatalogService catalogs = new CatalogService(database, clock);
        PushService push = new PushService(database, catalogs, clock);
        PullService pull = new PullService(database, json);
        RequestsService requests = new RequestsService(database, catalogs, json, clock);
        RevisionService revisions = new RevisionService(database, clock);
        MilestoneService milestones = new MilestoneService(database, clock);
        Responses responses = new Responses(json, settings.maxBodyBytes());

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.modifyServer(server -> server.setStopTimeout(settings.stopTimeout().toMillis()));
            config.requestLogger.http(CentralServer::logRequest);
        });
        app.before("/v1/*", ctx -> {
            if (!ctx.path().equals("/v1/health")) {
                ctx.attribute(PRINCIPAL, authenticate(tokens, ctx));
            }
        });
        app.get("/v1/health", ctx -> responses.ok(ctx, Map.of("status", "ok")));
        app.get("/v1/me", ctx -> {
            Principal who = ctx.attribute(PRINCIPAL);
            responses.ok(ctx, new Me(who.user(), who.role()));
        });
        app.post("/v1/push", ctx -> responses.ok(ctx, push.push(ctx.attribute(PRINCIPAL), responses.body(ctx))));
        app.get("/v1/pull", ctx -> responses.ok(ctx, pull.pull(ctx.attribute(PRINCIPAL),
                Responses.longParam(ctx, "since", 0, 0, Long.MAX_VALUE),
                (int) Responses.longParam(ctx, "limit", PullService.DEFAULT_LIMIT, 1, PullService.MAX_LIMIT))));
        app.post("/v1/catalog", ctx -> responses.ok(ctx, catalogs.publish(ctx.attribute(PRINCIPAL), responses.body(ctx))));
        app.get("/v1/requests", ctx -> responses.ok(ctx, requests.pending(ctx.attribute(PRINCIPAL))));
        app.post("/v1/requests", ctx -> responses.ok(ctx, requests.push(ctx.attribute(PRINCIPAL), responses.body(ctx))));
        app.post("/v1/requests/{id}/decision", ctx -> responses.ok(ctx, requests.decide(ctx.attribute(PRINCIPAL),
                ctx.pathParam("id"), responses.body(ctx))));
        app.post("/v1/revisions", ctx -> responses.ok(ctx, revisions.push(ctx.attribute(PRINCIPAL), responses.body(ctx))));
        app.get("/v1/revisions", ctx -> responses.ok(ctx, revisions.list(ctx.attribute(PRINCIPAL),
                OwnPromises.param(ctx.queryParam("promise")))));
        app.post("/v1/milestones", ctx -> responses.ok(ctx, milestones.push(ctx.attribute(PRINCIPAL), responses.body(ctx))));
        app.get("/v1/milestones", ctx -> responses.ok(ctx, milestones.list(ctx.attribute(PRINCIPAL),
                OwnPromises.param(ctx.queryParam("promise")))));

        app.exception(ApiError.class, (e, ctx) -> responses.error(ctx, e.status(), e.code(), e.getMessage(), e.field()));
        app.exception(SQLException.class, (e, ctx) -> databaseFailure(responses, ctx, e));
        app.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Request {} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
            responses.error(ctx, 500, "internal", "the central store failed to answer; incident " + incident
                    + " is in its log", null);
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                responses.error(ctx, 404, "not_found", "no endpoint " + ctx.method() + " " + ctx.path(), null);
            }
        });
        app.error(405, ctx -> responses.error(ctx, 405, "method_not_allowed",
                ctx.method() + " is not allowed on " + ctx.path(), null));
        app.start(settings.bind(), settings.port());
        LOG.info("Central store listening on {}:{} ({})", settings.bind(), app.port(), database.description());
        return new CentralServer(app, tokens, settings.bind());
    }

    private static Principal authenticate(Tokens tokens, Context ctx) throws SQLException {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.unauthorized();
        }
        return tokens.authenticate(header.substring(7).trim()).orElseThrow(ApiError::unauthorized);
    }

    /**
     * One line per request, for whoever runs the central store: method, path, status,
     * time and the user the token belongs to, never the token. Health checks (a load
     * balancer asks every few seconds) only at debug level.
     */
    private static void logRequest(Context ctx, float ms) {
        Principal who = ctx.attribute(PRINCIPAL);
        String line = ctx.method() + " " + ctx.path() + " " + ctx.statusCode() + " in " + Math.round(ms) + " ms"
                + (who == null ? "" : " · " + who.user());
        if (ctx.path().equals("/v1/health")) {
            LOG.debug(line);
        } else {
            LOG.info(line);
        }
    }

    private static void databaseFailure(Responses responses, Context ctx, SQLException e) {
        if (Responses.transientFailure(e)) {
            LOG.warn("{} {}: the database was busy ({}); the client will retry", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "1");
            responses.error(ctx, 503, "busy", "the central store is busy; try again in a moment", null);
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Request {} {} failed in the database (incident {})", ctx.method(), ctx.path(), incident, e);
        responses.error(ctx, 500, "internal", "the central store could not use its database; incident " + incident
                + " is in its log", null);
    }

    public int port() {
        return app.port();
    }

    /** The base URL clients use, e.g. http://127.0.0.1:8420. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : h) + ":" + port());
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Stops accepting connections and waits (up to the stop timeout) for requests in flight. */
    public void stop() {
        app.stop();
        LOG.info("Central store stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** Reading bodies and writing JSON answers. */
    static final class Responses {

        private final ObjectMapper json;
        private final long maxBodyBytes;

        Responses(ObjectMapper json, long maxBodyBytes) {
            this.json = json;
            this.maxBodyBytes = maxBodyBytes;
        }

        JsonNode body(Context ctx) throws java.io.IOException {
            long declared = ctx.req().getContentLengthLong();
            if (declared > maxBodyBytes) {
                throw tooLarge();
            }
            byte[] bytes;
            try (var in = ctx.req().getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            }
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            if (bytes.length == 0) {
                throw ApiError.badRequest("body", "is empty; send a JSON object");
            }
            try {
                return json.readTree(bytes);
            } catch (JsonProcessingException e) {
                var at = e.getLocation();
                String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
                throw ApiError.badRequest("body", "is not valid JSON" + where + ": " + e.getOriginalMessage());
            }
        }

        private ApiError tooLarge() {
            return new ApiError(413, "too_large", "the request body is larger than " + maxBodyBytes
                    + " bytes; send fewer changes per batch", null);
        }

        void ok(Context ctx, Object value) throws JsonProcessingException {
            ctx.status(200).contentType("application/json").result(json.writeValueAsBytes(value));
        }

        void error(Context ctx, int status, String code, String message, String field) {
            try {
                ctx.status(status).contentType("application/json")
                        .result(json.writeValueAsBytes(new ErrorBody(new ErrorBody.Detail(code, message, field))));
            } catch (JsonProcessingException e) {
                ctx.status(status).result("{\"error\":{\"code\":\"" + code + "\"}}");
            }
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
}
