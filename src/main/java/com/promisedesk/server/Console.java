package com.promisedesk.server;

import com.promisedesk.server.console.ConsoleSettings;
import com.promisedesk.server.console.Frame;
import com.promisedesk.server.console.Pages;
import com.promisedesk.server.console.Section;
import com.promisedesk.server.console.SignInThrottle;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.rendering.template.JavalinJte;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console under {@code /console}, on the central store's own port: the pages, the
 * session guard in front of them and the CSRF check on every form. API clients are not
 * affected: {@code /v1} keeps its bearer tokens and JSON.
 */
final class Console {

    static final String COOKIE = "pd_console";
    static final String SIGN_IN = "/console/sign-in";
    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    /** No script, no frames, nothing from elsewhere: the pages are plain forms. */
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";
    private static final List<Section> SECTIONS = List.of(Section.APPROVALS, Section.CATALOG, Section.TEAM, Section.ACCESS);

    /** What a page of a section does for a signed-in person. */
    interface Page {
        void handle(Context ctx, ConsoleVisit visit) throws Exception;
    }

    private final ConsoleSessions sessions;
    private final SignInThrottle throttle;
    private final ConsoleSettings settings;
    private final AuditTrail audit;
    private final byte[] stylesheet;

    private Console(ConsoleSessions sessions, SignInThrottle throttle, ConsoleSettings settings, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
        this.throttle = throttle;
        this.settings = settings;
        this.stylesheet = resource("/com/promisedesk/server/console/console.css");
    }

    /** The template engine: the templates compiled at build time, HTML-escaping every value. */
    static void configure(JavalinConfig config) {
        config.fileRenderer(new JavalinJte(TemplateEngine.createPrecompiled(ContentType.Html)));
    }

    /** Adds the console's routes to {@code app} (configured with {@link #configure}). */
    static void mount(Javalin app, ServerDatabase database, ExceptionRequestService requests,
                             CatalogService catalogs, Clock clock, ConsoleSettings settings) {
        Console console = new Console(new ConsoleSessions(database, clock, settings.idleTimeout()),
                new SignInThrottle(clock), settings, new AuditTrail(database, clock));
        ConsoleApprovals approvals = new ConsoleApprovals(requests, new ConsoleInbox(database, catalogs, clock));
        app.before("/console", Console::headers);
        app.before("/console/*", Console::headers);
        app.get("/console", console.guard(null, false, (ctx, visit) ->
                ctx.redirect(visit.home(), HttpStatus.SEE_OTHER)));
        app.get("/console/assets/console.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(console.stylesheet));
        app.get(SIGN_IN, console.safely(console::signInPage));
        app.post(SIGN_IN, console.safely(console::signIn));
        // A one-time link: opening it (a mail client may prefetch it) only shows a button; the POST uses it up.
        app.get("/console/link/{secret}", console.safely(ctx -> Pages.render(ctx, 200, "link.jte",
                Frame.signedOut("Sign in"), Map.of("secret", ctx.pathParam("secret")))));
        app.post("/console/link", console.safely(console::signInByLink));
        app.post("/console/sign-out", console.guard(null, true, console::signOut));
        app.get("/console/nothing", console.guard(null, false, (ctx, visit) -> Pages.message(ctx, 200,
                visit.frame("Console", null), "Nothing here for your role yet", visit.who().isRep()
                        ? "Reps work in the PromiseDesk desktop app; the console is for approvers, the catalog owner,"
                        + " managers and IT." : "The console has no page for your role.")));
        app.get("/console/approvals", console.guard(Section.APPROVALS, false, approvals::show));
        app.post("/console/approvals/{id}", console.guard(Section.APPROVALS, true, approvals::decide));
        ConsoleTeam team = new ConsoleTeam(new TeamFigures(database, new Tokens(database, clock), clock));
        app.get("/console/team", console.guard(Section.TEAM, false, team::show));
        CatalogUploads uploads = new CatalogUploads(database, clock);
        ConsoleCatalog catalog = new ConsoleCatalog(database, uploads);
        ConsoleCatalogPreview preview = new ConsoleCatalogPreview(database, catalogs, uploads, clock);
        app.get("/console/catalog", console.guard(Section.CATALOG, false, catalog::show));
        app.get("/console/catalog/download", console.guard(Section.CATALOG, false, catalog::download));
        // Before the guard reads the form: a body over the limit is refused unread.
        app.before("/console/catalog/upload", console.safely(ctx -> catalog.refuseTooLarge(ctx, console.visit(ctx))));
        app.post("/console/catalog/upload", console.guard(Section.CATALOG, true, catalog::upload));
        app.get("/console/catalog/uploads/{id}", console.guard(Section.CATALOG, false, preview::show));
        app.post("/console/catalog/uploads/{id}/publish", console.guard(Section.CATALOG, true, preview::publish));
        app.post("/console/catalog/uploads/{id}/discard", console.guard(Section.CATALOG, true, preview::discard));
        ConsoleAccess access = new ConsoleAccess(database, clock, settings);
        app.get(ConsoleAccess.PATH, console.guard(Section.ACCESS, false, access::show));
        app.post(ConsoleAccess.PATH + "/tokens", console.guard(Section.ACCESS, true, access::create));
        app.get(ConsoleAccess.PATH + "/tokens", console.guard(Section.ACCESS, false, access::backToList));
        app.get(ConsoleAccess.PATH + "/tokens/{id}/revoke", console.guard(Section.ACCESS, false, access::confirmRevoke));
        app.post(ConsoleAccess.PATH + "/tokens/{id}/revoke", console.guard(Section.ACCESS, true, access::revoke));
        app.get(ConsoleAccess.PATH + "/audit", console.guard(Section.ACCESS, false, new ConsoleAudit(database, clock)::show));
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    /**
     * A page for signed-in people only: without a live session, to the sign-in page; a form
     * without this session's CSRF token, 403; a section not for this person's role, 403.
     */
    private Handler guard(Section section, boolean form, Page page) {
        return safely(ctx -> {
            Optional<ConsoleSessions.Session> session = sessions.find(ctx.cookie(COOKIE));
            if (session.isEmpty()) {
                ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
                return;
            }
            ConsoleVisit visit = new ConsoleVisit(session.get(), SECTIONS);
            if (form && !session.get().csrfMatches(ctx.formParam("csrf"))) {
                LOG.warn("Refused a console form without its CSRF token: {} {} · {}", ctx.method(), ctx.path(),
                        session.get().who().user());
                Pages.message(ctx, 403, visit.frame("Form refused", null), "This form was refused",
                        "It did not carry the security code of your session (a form from another site, or an old"
                                + " page). Nothing was changed. Open the page again and send the form from there.");
                return;
            }
            if (section != null && !section.isFor(visit.who().role())) {
                Pages.message(ctx, 403, visit.frame("Not for your role", null), "Not for your role",
                        "This page is not for your role (" + visit.frame("", null).roleName() + "). Nothing was changed.");
                return;
            }
            page.handle(ctx, visit);
        });
    }

    /** The signed-in person's visit, if any: for a handler in front of {@link #guard}. */
    private Optional<ConsoleVisit> visit(Context ctx) throws SQLException {
        return sessions.find(ctx.cookie(COOKIE)).map(session -> new ConsoleVisit(session, SECTIONS));
    }

    /** Failures as a plain page for a person: never JSON, never a stack trace. */
    private Handler safely(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ApiError e) {
                Pages.message(ctx, e.status(), Frame.signedOut("Refused"), "Refused", e.getMessage());
            } catch (SQLException e) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Console {} {} failed in the database (incident {})", ctx.method(), ctx.path(), incident, e);
                Pages.message(ctx, 503, Frame.signedOut("Try again"), "The central store could not answer",
                        "Its database did not answer; try again in a moment. Incident " + incident + " is in its log.");
            }
        };
    }

    private void signInPage(Context ctx) throws SQLException {
        if (sessions.find(ctx.cookie(COOKIE)).isPresent()) {
            ctx.redirect("/console", HttpStatus.SEE_OTHER);
            return;
        }
        Pages.render(ctx, 200, "signin.jte", Frame.signedOut("Sign in"), Map.of("problem", "",
                "signedOut", ctx.queryParam("signed-out") != null));
    }

    private void signIn(Context ctx) throws SQLException {
        String address = remoteAddress(ctx);
        if (slowed(ctx, address)) {
            return;
        }
        Optional<ConsoleSessions.Opened> opened = sessions.open(ctx.formParam("token"));
        if (opened.isEmpty()) {
            throttle.failed(address);
            LOG.info("Console sign-in failed from {}", address);
            Pages.render(ctx, 401, "signin.jte", Frame.signedOut("Sign in"), Map.of("problem",
                    "That token is not known or has been revoked. Copy it again from where IT gave it to you.",
                    "signedOut", false));
            return;
        }
        signedIn(ctx, address, opened.get(), "token");
    }

    /** Whether {@code address} must still wait after failed sign-ins; if so, the page says how long (429). */
    private boolean slowed(Context ctx, String address) {
        Optional<java.time.Duration> wait = throttle.wait(address);
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        ctx.header("Retry-After", String.valueOf(seconds));
        Pages.render(ctx, 429, "signin.jte", Frame.signedOut("Sign in"), Map.of("problem",
                "Too many sign-ins failed from here. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."),
                "signedOut", false));
        return true;
    }

    private void signedIn(Context ctx, String address, ConsoleSessions.Opened opened, String how) throws SQLException {
        throttle.succeeded(address);
        audit.record(new AuditTrail.Entry(opened.session().who().user(), AuditTrail.SIGN_IN, "console",
                "with " + (how.equals("link") ? "a one-time link" : "a token") + " from " + address));
        LOG.info("Console sign-in by {}: {} ({})", how, opened.session().who().user(), opened.session().who().role());
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + opened.cookie() + "; Path=/console; HttpOnly;"
                + " SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
        ctx.redirect("/console", HttpStatus.SEE_OTHER);
    }

    private void signInByLink(Context ctx) throws SQLException {
        String address = remoteAddress(ctx);
        if (slowed(ctx, address)) {
            return;
        }
        Optional<ConsoleSessions.Opened> opened = sessions.openByLink(ctx.formParam("link"));
        if (opened.isEmpty()) {
            throttle.failed(address);
            LOG.info("Console sign-in by link failed from {}", address);
            Pages.render(ctx, 401, "signin.jte", Frame.signedOut("Sign in"), Map.of("problem", "That sign-in link has"
                    + " been used already or is older than 15 minutes. Ask IT for a new one, or sign in with your token.",
                    "signedOut", false));
            return;
        }
        signedIn(ctx, address, opened.get(), "link");
    }

    private void signOut(Context ctx, ConsoleVisit visit) throws SQLException {
        sessions.close(ctx.cookie(COOKIE));
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/console; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure(ctx) ? "; Secure" : ""));
        ctx.redirect(SIGN_IN + "?signed-out", HttpStatus.SEE_OTHER);
    }

    /** Whether the browser reached us over TLS: directly, or through the proxy the server was told it stands behind. */
    private boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || (settings.behindProxy() && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
    }

    /** The client's address; behind a proxy, the one the proxy added last to X-Forwarded-For. */
    private String remoteAddress(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-For");
        if (settings.behindProxy() && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return ctx.ip();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Console.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("could not read the console's " + name, e);
        }
    }
}
