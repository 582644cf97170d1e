package com.promisedesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.server.console.ConsoleSettings;
import com.promisedesk.server.mail.MailSettings;
import com.promisedesk.sync.wire.Me;
import com.promisedesk.sync.wire.WireJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
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
     * @param console      the web console's idle timeout and whether a TLS proxy stands in front
     * @param mail         where e-mail notices go; null: notices are off
     */
    public record Settings(String bind, int port, long maxBodyBytes, Duration stopTimeout, ConsoleSettings console,
                           MailSettings mail) {

        public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;

        public Settings(String bind, int port, long maxBodyBytes, Duration stopTimeout, ConsoleSettings console) {
            this(bind, port, maxBodyBytes, stopTimeout, console, null);
        }

        public Settings withMail(MailSettings settings) {
            return new Settings(bind, port, maxBodyBytes, stopTimeout, console, settings);
        }

        public Settings(String bind, int port, long maxBodyBytes, Duration stopTimeout) {
            this(bind, port, maxBodyBytes, stopTimeout, ConsoleSettings.defaults());
        }

        public static Settings loopback(int port) {
            return new Settings("127.0.0.1", port, DEFAULT_MAX_BODY, Duration.ofSeconds(10));
        }
    }

    static final String PRINCIPAL = "principal";
    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);

    private final Javalin app;
    private final Tokens tokens;
    private final String host;
    private final MailCourier courier;

    private CentralServer(Javalin app, Tokens tokens, String host, MailCourier courier) {
        this.app = app;
        this.tokens = tokens;
        this.host = host;
        this.courier = courier;
    }

    /** Starts serving {@code database}; returns once the port is open. */
    public static CentralServer start(ServerDatabase database, Settings settings, Clock clock) {
        return start(database, settings, clock, MailCourier.Pace.standard());
    }

    /** As above; the mail courier (when mail is on) keeps {@code pace}. */
    static CentralServer start(ServerDatabase database, Settings settings, Clock clock, MailCourier.Pace pace) {
        ObjectMapper json = WireJson.mapper(settings.maxBodyBytes());
        Tokens tokens = new Tokens(database, clock);
        MailOutbox mail = new MailOutbox(settings.mail() != null);
        CatalogService catalogs = new CatalogService(database, clock, mail);
        PushService push = new PushService(database, catalogs, clock);
        PullService pull = new PullService(database, json);
        ExceptionRequestService requests = new ExceptionRequestService(database, catalogs, json, clock, mail);
        RevisionService revisions = new RevisionService(database, clock);
        MilestoneService milestones = new MilestoneService(database, clock);
        DeliveryService deliveries = new DeliveryService(database, clock);
        NoticeService notices = new NoticeService(database, clock);
        Responses responses = new Responses(json, settings.maxBodyBytes());

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            // A wrong method on a known path is 405, as the protocol says, not 404.
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(settings.stopTimeout().toMillis());
                server.setErrorHandler(new JettyErrors());
            });
            // An Error (out of memory) in a handler still gets the JSON 500, not an empty one. Javalin
            // offers this setter to Kotlin as "internal"; from Java it carries the $javalin suffix.
            config.router.setJavaLangErrorHandler$javalin(CentralServer::fatal);
            config.requestLogger.http(CentralServer::logRequest);
            Console.configure(config);
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
        app.post("/v1/push", ctx -> responses.ok(ctx, push.push(ctx.attribute(PRINCIPAL),
                responses.body(ctx, who -> OwnPromises.requireRep(who, "pushes promises")))));
        app.get("/v1/pull", ctx -> responses.ok(ctx, pull.pull(ctx.attribute(PRINCIPAL),
                Responses.longParam(ctx, "since", 0, 0, Long.MAX_VALUE),
                (int) Responses.longParam(ctx, "limit", PullService.DEFAULT_LIMIT, 1, PullService.MAX_LIMIT),
                Responses.longParam(ctx, "history", 0, 0, 1) == 1)));
        app.post("/v1/catalog", ctx -> responses.ok(ctx, catalogs.publish(ctx.attribute(PRINCIPAL),
                responses.body(ctx, CatalogService::requireOwner))));
        app.get("/v1/requests", ctx -> responses.ok(ctx, requests.pending(ctx.attribute(PRINCIPAL))));
        app.post("/v1/requests", ctx -> responses.ok(ctx, requests.push(ctx.attribute(PRINCIPAL),
                responses.body(ctx, who -> OwnPromises.requireRep(who, "sends exception requests")))));
        app.post("/v1/requests/{id}/decision", ctx -> responses.ok(ctx, requests.decide(ctx.attribute(PRINCIPAL),
                ctx.pathParam("id"),
                responses.body(ctx, who -> ExceptionRequestService.approverRole(who, "decides exception requests")))));
        app.post("/v1/revisions", ctx -> responses.ok(ctx, revisions.push(ctx.attribute(PRINCIPAL),
                responses.body(ctx, who -> OwnPromises.requireRep(who, "pushes revisions")))));
        app.get("/v1/revisions", ctx -> responses.ok(ctx, revisions.list(ctx.attribute(PRINCIPAL),
                OwnPromises.param(ctx.queryParam("promise")))));
        app.post("/v1/milestones", ctx -> responses.ok(ctx, milestones.push(ctx.attribute(PRINCIPAL),
                responses.body(ctx, who -> OwnPromises.requireRep(who, "pushes milestone updates")))));
        app.post("/v1/deliveries", ctx -> responses.ok(ctx, deliveries.push(ctx.attribute(PRINCIPAL),
                responses.body(ctx, who -> OwnPromises.requireRep(who, "pushes delivery marks")))));
        app.post("/v1/notices", ctx -> responses.ok(ctx, notices.push(ctx.attribute(PRINCIPAL),
                responses.body(ctx, who -> OwnPromises.requireRep(who, "pushes customer notices")))));
        app.get("/v1/milestones", ctx -> responses.ok(ctx, milestones.list(ctx.attribute(PRINCIPAL),
                OwnPromises.param(ctx.queryParam("promise")))));

        // The web console for approvers, the catalog owner, managers and IT (issue 18): its own pages and sessions under /console.
        Console.mount(app, database, requests, catalogs, clock, settings.console());

        app.exception(ApiError.class, (e, ctx) -> responses.error(ctx, e.status(), e.code(), e.getMessage(), e.field()));
        app.exception(SQLException.class, (e, ctx) -> databaseFailure(responses, ctx, e));
        app.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Request {} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
            responses.error(ctx, 500, "internal", "the central store failed to answer; incident " + incident
                    + " is in its log", null);
        });
        // Javalin's own refusals (no such endpoint, wrong method) in the protocol's shape and words.
        app.exception(HttpResponseException.class, (e, ctx) -> {
            String body = new String(JettyErrors.body(e.getStatus()), java.nio.charset.StandardCharsets.UTF_8);
            ctx.status(e.getStatus()).contentType("application/json").result(body);
        });
        app.start(settings.bind(), settings.port());
        LOG.info("Central store listening on {}:{} ({})", settings.bind(), app.port(), database.description());
        if (!loopback(settings.bind())) {
            LOG.warn("Central store listening on {} serves plain HTTP beyond this machine: tokens and promises cross"
                    + " the network unencrypted. Put a TLS reverse proxy in front (README, \"TLS with a reverse proxy\").",
                    settings.bind());
        }
        MailCourier courier = null;
        if (settings.mail() != null) {
            courier = new MailCourier(database, mail, settings.mail(), new ConsoleInbox(database, catalogs, clock), json,
                    clock, pace);
            courier.start();
        }
        return new CentralServer(app, tokens, settings.bind(), courier);
    }

    private static void fatal(jakarta.servlet.http.HttpServletResponse response, Error error) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("A request failed with an error (incident {})", incident, error);
        try {
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(500);
                response.setContentType("application/json");
                response.getOutputStream().write(("{\"error\":{\"code\":\"internal\",\"message\":\"the central store"
                        + " failed to answer; incident " + incident + " is in its log\",\"field\":null}}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("Could not answer incident {}", incident, e);
        }
    }

    private static boolean loopback(String bind) {
        try {
            return java.net.InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

        private static Principal authenticate(Tokens tokens, Context ctx) throws SQLException {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.unauthorized();
        }
        String token = header.substring(7).trim();
        java.util.Optional<Principal> who = tokens.authenticate(token);
        if (who.isPresent()) {
            try {
                tokens.seen(token, ctx.path().equals("/v1/pull"));
            } catch (SQLException e) {
                // Only the Access and Team pages' "last seen" lags: the request itself goes on.
                LOG.debug("Could not note when {}'s token was last used", who.get().user(), e);
            }
            return who.get();
        }
        throw tokens.revoked(token) ? ApiError.revoked() : ApiError.unauthorized();
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

    /** The mail courier, when mail is on (tests run a round of it themselves). */
    MailCourier courier() {
        return courier;
    }

    /** Stops accepting connections and waits (up to the stop timeout) for requests in flight. */
    public void stop() {
        app.stop();
        if (courier != null) {
            courier.close(); // what is not sent yet stays in the outbox for the next start
        }
        LOG.info("Central store stopped");
    }

    @Override
    public void close() {
        stop();
    }
}
