package com.promisedesk.server;

import com.promisedesk.file.Sha256;
import com.promisedesk.server.console.AccessView;
import com.promisedesk.server.console.BrowserAddress;
import com.promisedesk.server.console.ConsoleSettings;
import com.promisedesk.server.console.Frame;
import com.promisedesk.server.console.OnceForms;
import com.promisedesk.server.console.Pages;
import com.promisedesk.server.console.Section;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Access page (IT, role admin): people and their tokens, making a token (shown once, with
 * the app's connection code for a rep) and revoking one. Both go through {@link Tokens}, the
 * code behind {@code server token create|revoke}, with the signed-in person as the actor of
 * the audit entry written in the same transaction.
 */
final class ConsoleAccess {

    static final String PATH = "/console/access";

    private final ServerDatabase database;
    private final Tokens tokens;
    private final ConsoleSettings settings;
    private final OnceForms once;
    private final AccessPeople people;

    ConsoleAccess(ServerDatabase database, Clock clock, ConsoleSettings settings) {
        this.database = database;
        this.tokens = new Tokens(database, clock);
        this.settings = settings;
        this.once = new OnceForms(clock);
        this.people = new AccessPeople(database);
    }

    void show(Context ctx, ConsoleVisit visit) throws SQLException {
        String revoked = ctx.queryParam("revoked");
        String flash = null;
        if (revoked != null) {
            flash = tokens.list().stream().filter(t -> t.id().equals(revoked) && t.revokedAt() != null).findFirst()
                    .map(t -> "Revoked the token " + t.id() + " of " + t.user() + " (" + AccessView.roleName(t.role())
                            + "). Its next request is refused, and its console session has ended.").orElse(null);
        }
        render(ctx, 200, visit, new AccessView.Form("", Principal.REP, "", "", BrowserAddress.of(ctx, settings.behindProxy()),
                once.mark(), Map.of()), flash);
    }

    void create(Context ctx, ConsoleVisit visit) throws SQLException {
        String mark = ctx.formParam("once");
        if (once.spent(mark)) {
            madeAlready(ctx, visit);
            return;
        }
        TokenForm form = new TokenForm(ctx.formParam("user"), ctx.formParam("role"), ctx.formParam("approverRole"),
                ctx.formParam("email"), ctx.formParam("address"), mark);
        if (!form.fine()) {
            render(ctx, 400, visit, form.view(), null);
            return;
        }
        if (!once.use(mark)) {
            madeAlready(ctx, visit); // sent twice at once: the other send made it
            return;
        }
        Principal principal = form.principal();
        Tokens.CreatedToken created = tokens.create(principal, form.email(), visit.who().user());
        String address = form.address();
        AccessView.Created shown = new AccessView.Created(created.id(), principal.user(), principal.role(),
                created.token(), address == null ? null : ConnectionCodes.code(address, created.token()),
                BrowserAddress.of(ctx, settings.behindProxy()) + "/console");
        // The answer to this POST is the only place the token ever appears: never cached, never at an address.
        ctx.header("Cache-Control", "no-store");
        Pages.render(ctx, 200, "token-made.jte", visit.frame("Token made", Section.ACCESS), Map.of("made", shown));
    }

    private static void madeAlready(Context ctx, ConsoleVisit visit) {
        Pages.message(ctx, 409, visit.frame("Made already", Section.ACCESS), "This token was made already",
                "This form was sent before (a reload of the page that showed the token), so no second token was made."
                        + " A token is shown only once: if it was not copied, revoke it on the Access page and make a new one.");
    }

    /** The page that showed a token is a POST's answer; asked for by address, it is the list. */
    void backToList(Context ctx, ConsoleVisit visit) {
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    void confirmRevoke(Context ctx, ConsoleVisit visit) throws SQLException {
        String id = ctx.pathParam("id");
        List<Tokens.TokenRow> all = tokens.list();
        Optional<Tokens.TokenRow> row = all.stream().filter(t -> t.id().equals(id)).findFirst();
        if (row.isEmpty() || row.get().revokedAt() != null) {
            gone(ctx, visit, row);
            return;
        }
        boolean lastAdmin = Principal.ADMIN.equals(row.get().role())
                && all.stream().filter(t -> Principal.ADMIN.equals(t.role()) && t.revokedAt() == null).count() == 1;
        AccessView.Revoke revoke = new AccessView.Revoke(row.get().user(), people.line(row.get(), currentToken(ctx)),
                lastAdmin);
        Pages.render(ctx, 200, "token-revoke.jte", visit.frame("Revoke a token", Section.ACCESS), Map.of("revoke", revoke));
    }

    void revoke(Context ctx, ConsoleVisit visit) throws SQLException {
        String id = ctx.pathParam("id");
        boolean yours = id.equals(currentToken(ctx));
        if (!tokens.revoke(id, visit.who().user())) {
            gone(ctx, visit, tokens.list().stream().filter(t -> t.id().equals(id)).findFirst());
            return;
        }
        if (yours) {
            // The session went with its token: say so on a signed-out page, and drop the dead cookie.
            ctx.res().addHeader("Set-Cookie", Console.COOKIE + "=; Path=/console; Max-Age=0; HttpOnly; SameSite=Strict"
                    + (BrowserAddress.of(ctx, settings.behindProxy()).startsWith("https:") ? "; Secure" : ""));
            Pages.message(ctx, 200, Frame.signedOut("Signed out"), "You revoked your own token",
                    "The token " + id + " you were signed in with no longer works, so you are signed out. Sign in with"
                            + " another admin token to go on.");
            return;
        }
        ctx.redirect(PATH + "?revoked=" + id + "#p-" + visit.who().user(), HttpStatus.SEE_OTHER);
    }

    private static void gone(Context ctx, ConsoleVisit visit, Optional<Tokens.TokenRow> row) {
        Pages.message(ctx, row.isEmpty() ? 404 : 409, visit.frame("Nothing to revoke", Section.ACCESS),
                "Nothing to revoke", row.isEmpty() ? "No token has this id. Nothing was changed."
                        : "This token of " + row.get().user() + " was revoked already. Nothing was changed.");
    }

    private void render(Context ctx, int status, ConsoleVisit visit, AccessView.Form form, String flash)
            throws SQLException {
        AccessView view = people.view(tokens.list(), currentToken(ctx), form, flash);
        Pages.render(ctx, status, "access.jte", visit.frame("Access", Section.ACCESS), Map.of("access", view));
    }

    /** The id of the token this browser's session was opened with (null when there is none). */
    private String currentToken(Context ctx) throws SQLException {
        String cookie = ctx.cookie(Console.COOKIE);
        if (cookie == null || cookie.isEmpty() || cookie.length() > 100) {
            return null;
        }
        String idHash = Sha256.of(cookie.getBytes(StandardCharsets.UTF_8));
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT token_id FROM console_session WHERE id_hash = ?")) {
                select.setString(1, idHash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }
}
