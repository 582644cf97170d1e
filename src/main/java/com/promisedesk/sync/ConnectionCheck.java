package com.promisedesk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.promisedesk.sync.wire.ErrorBody;
import com.promisedesk.sync.wire.Me;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Checks a connection to the central store before anything is remembered, step by step as a
 * rep would ask: is it an address the app may use (plain http:// only to this machine), does
 * anything answer there, is its certificate trusted, is it a PromiseDesk central store, is the
 * token live, is it a rep's. Each failure is its own {@link Outcome} with one sentence from
 * {@link ConnectionWords}; no toolkit, no state, so the app and a test ask it alike.
 */
public final class ConnectionCheck {

    /** What the check found; only {@link #CONNECTED} may be remembered. */
    public enum Outcome {
        CONNECTED, MISSING, NOT_A_CODE, BAD_ADDRESS, PLAIN_HTTP, UNREACHABLE, UNTRUSTED, NOT_A_STORE, REVOKED,
        UNKNOWN_TOKEN, NOT_A_REP, FAILED
    }

    /**
     * @param message    one plain sentence for the rep (on success: who and where)
     * @param connection what to remember, present only when {@link Outcome#CONNECTED}
     * @param me         whose the token is, when the central store said so
     */
    public record Result(Outcome outcome, String message, Optional<RememberedServer.Connection> connection,
                         Optional<Me> me) {

        public boolean connected() {
            return outcome == Outcome.CONNECTED;
        }

        static Result failed(Outcome outcome, String message) {
            return new Result(outcome, message, Optional.empty(), Optional.empty());
        }
    }

    /** The role a rep's app needs. */
    public static final String REP = "rep";

    private final Duration timeout;

    /** @param timeout how long to wait for the central store to connect, and to answer */
    public ConnectionCheck(Duration timeout) {
        this.timeout = timeout;
    }

    /** The app's: ten seconds is long enough for a slow VPN, short enough for a rep to wait for. */
    public static ConnectionCheck standard() {
        return new ConnectionCheck(Duration.ofSeconds(10));
    }

    /** Checks a pasted connection code. */
    public Result code(String text) {
        if (text == null || text.isBlank()) {
            return Result.failed(Outcome.MISSING, ConnectionWords.NO_CODE);
        }
        ConnectionCode code;
        try {
            code = ConnectionCode.parse(text);
        } catch (SyncException e) {
            return Result.failed(Outcome.NOT_A_CODE, ConnectionWords.sentence(e.getMessage()));
        }
        return check(code.address(), code.token(), ConnectionWords.CODE);
    }

    /** Checks an address and a token given apart. */
    public Result addressAndToken(String address, String token) {
        if (address == null || address.isBlank()) {
            return Result.failed(Outcome.MISSING, ConnectionWords.NO_ADDRESS);
        }
        if (token == null || token.isBlank()) {
            return Result.failed(Outcome.MISSING, ConnectionWords.NO_TOKEN);
        }
        return check(address.strip(), token.strip(), ConnectionWords.TOKEN);
    }

    private Result check(String text, String token, String what) {
        ServerAddress address;
        try {
            // The app never passes --insecure-http: the same rule as the command line without it.
            address = ServerAddress.parse(text, false);
        } catch (SyncException e) {
            return e.plainHttp() ? Result.failed(Outcome.PLAIN_HTTP, ConnectionWords.plainHttp(hostOf(text)))
                    : Result.failed(Outcome.BAD_ADDRESS, ConnectionWords.sentence(e.getMessage()));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Me me;
        try {
            me = new SyncClient(http, address, token, timeout).me();
        } catch (SyncException e) {
            return refused(e, address, what);
        }
        if (!REP.equals(me.role())) {
            return new Result(Outcome.NOT_A_REP, ConnectionWords.notARep(what, me.role()), Optional.empty(),
                    Optional.of(me));
        }
        return new Result(Outcome.CONNECTED, ConnectionWords.connected(address, me),
                Optional.of(new RememberedServer.Connection(address, token, true, true)), Optional.of(me));
    }

    private Result refused(SyncException e, ServerAddress address, String what) {
        if (e.wrongAddress() || has(e, JsonProcessingException.class)) {
            return Result.failed(Outcome.NOT_A_STORE, ConnectionWords.notAStore(address));
        }
        if (e.status() == 401) {
            return ErrorBody.TOKEN_REVOKED.equals(e.code())
                    ? Result.failed(Outcome.REVOKED, ConnectionWords.revoked(what))
                    : Result.failed(Outcome.UNKNOWN_TOKEN, ConnectionWords.unknown(what));
        }
        if (e.status() == 0 && "network".equals(e.code())) {
            if (has(e, CertificateException.class) || has(e, CertPathBuilderException.class)) {
                return Result.failed(Outcome.UNTRUSTED, ConnectionWords.untrusted(address));
            }
            if (has(e, SSLException.class)) {
                return Result.failed(Outcome.UNTRUSTED, ConnectionWords.noSecureConnection(address, e));
            }
            if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
                return Result.failed(Outcome.UNREACHABLE, ConnectionWords.noSuchHost(address));
            }
            if (has(e, HttpTimeoutException.class)) {
                return Result.failed(Outcome.UNREACHABLE, ConnectionWords.noAnswer(address, timeout));
            }
            if (has(e, ConnectException.class)) {
                return Result.failed(Outcome.UNREACHABLE, ConnectionWords.nothingListens(address));
            }
            return Result.failed(Outcome.UNREACHABLE, ConnectionWords.cannotReach(address, e));
        }
        return Result.failed(Outcome.FAILED, ConnectionWords.failed(e));
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String hostOf(String text) {
        try {
            String host = java.net.URI.create(text.strip()).getHost();
            return host == null ? text : host;
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
