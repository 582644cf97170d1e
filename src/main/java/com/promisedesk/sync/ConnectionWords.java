package com.promisedesk.sync;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.sync.wire.Me;
import java.time.Duration;
import java.util.Locale;

/** What {@link ConnectionCheck} tells a rep, one sentence for each thing that can be wrong, in one place. */
final class ConnectionWords {

    /** What was given: a connection code, or a token with its address. */
    static final String CODE = "code";
    static final String TOKEN = "token";

    static final String NO_CODE = "Paste the connection code IT sent you (one line that starts with \""
            + ConnectionCode.PREFIX + "\").";
    static final String NO_ADDRESS = "Give the central store's address, for example https://promises.example.com.";
    static final String NO_TOKEN = "Give the token IT sent you (it starts with pd_).";

    private ConnectionWords() {
    }

    /** A message of the sync layer, as a sentence: capital first, full stop last. */
    static String sentence(String message) {
        String text = message.strip();
        text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    static String plainHttp(String host) {
        return "Refusing plain http:// to " + host + ": the token would travel in clear. Use the https:// address"
                + " (ask IT for it).";
    }

    static String nothingListens(ServerAddress address) {
        return "Cannot reach " + address.host() + ": nothing answers at " + hostAndPort(address)
                + ". Check the address, or ask IT whether the central store is running.";
    }

    static String noSuchHost(ServerAddress address) {
        return "Cannot reach " + address.host() + ": no computer has that name. Check the address, and that you are"
                + " online (or on the company's VPN).";
    }

    static String noAnswer(ServerAddress address, Duration timeout) {
        return "Cannot reach " + address.host() + ": no answer within " + timeout.toSeconds() + " seconds. Check that"
                + " you are online (or on the company's VPN), then try again.";
    }

    static String cannotReach(ServerAddress address, Throwable failure) {
        return "Cannot reach " + address.host() + ": " + FailureWords.why(failure) + ".";
    }

    static String untrusted(ServerAddress address) {
        return "This computer does not trust the certificate of " + address.host() + ", so nothing was sent. Ask IT"
                + " to check the certificate of that address.";
    }

    static String noSecureConnection(ServerAddress address, Throwable failure) {
        return "Could not open a secure connection to " + address.host() + ": " + FailureWords.why(failure)
                + ". Ask IT to check that address.";
    }

    static String notAStore(ServerAddress address) {
        return "There is no PromiseDesk central store at " + address + ". Check the address with IT (for example"
                + " https://promises.example.com, without a path).";
    }

    static String revoked(String what) {
        return "That " + what + " was revoked — ask IT for a new one";
    }

    static String unknown(String what) {
        return "The central store does not know that " + what + ". Copy it again, whole, or ask IT for a new one.";
    }

    static String notARep(String what, String role) {
        return "That " + what + " is for " + role + ", not for a rep's app — ask IT for a rep's " + what;
    }

    static String connected(ServerAddress address, Me me) {
        return "Connected to " + address + " as " + me.user() + " (" + me.role() + ").";
    }

    static String failed(SyncException e) {
        return sentence(e.getMessage());
    }

    private static String hostAndPort(ServerAddress address) {
        int port = address.uri().getPort();
        return address.host() + ":" + (port >= 0 ? port : address.uri().getScheme().equals("https") ? 443 : 80);
    }
}
