package com.promisedesk.server;

import com.promisedesk.sync.ConnectionCode;
import com.promisedesk.sync.ServerAddress;
import com.promisedesk.sync.SyncException;

/**
 * What {@code server token create --address URL} adds: the connection code a rep pastes into
 * the app. The address is checked as the app will check it, so IT never sends a code the app
 * refuses (plain http:// to another machine).
 */
final class ConnectionCodes {

    /** Said when a token is made without {@code --address}. */
    static final String HOW_TO_GET_ONE = "For a connection code a rep pastes into the app, add --address URL"
            + " (the address reps reach the central store at, e.g. https://promises.example.com).";

    private ConnectionCodes() {
    }

    /** What is wrong with {@code address} for a code, in one line; null when nothing. */
    static String wrongAddress(String address) {
        try {
            ServerAddress.parse(address, false);
            return null;
        } catch (SyncException e) {
            if (e.plainHttp()) {
                return "--address: refusing plain http:// to " + hostOf(address) + ": the app sends its token to"
                        + " another machine only over https://. Give the address of the TLS proxy in front of the"
                        + " server, e.g. https://promises.example.com";
            }
            return "--address: " + e.getMessage();
        }
    }

    /** The code for {@code token} at {@code address} (already checked by {@link #wrongAddress}). */
    static String code(String address, String token) {
        try {
            return new ConnectionCode(ServerAddress.parse(address, false).toString(), token).text();
        } catch (SyncException e) {
            throw new IllegalStateException("the address was checked before the token was made", e);
        }
    }

    private static String hostOf(String address) {
        String host = java.net.URI.create(address.trim()).getHost();
        return host == null ? address : host;
    }
}
