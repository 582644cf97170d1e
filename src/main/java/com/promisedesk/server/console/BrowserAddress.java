package com.promisedesk.server.console;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The address a browser reached the central store at ({@code https://promises.example.com}),
 * to prefill the address a rep's connection code carries. Behind a TLS proxy declared with
 * {@code --behind-proxy}, its {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are
 * believed (the nginx snippet passes {@code Host} on as well); otherwise only the request's own
 * scheme and {@code Host}, since anyone can send those headers to a server facing the network.
 */
public final class BrowserAddress {

    /** A host name or address with an optional port: nothing else is offered as a prefill. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");

    private BrowserAddress() {
    }

    /** The address, or "" when the request does not name a plausible host. */
    public static String of(Context ctx, boolean behindProxy) {
        String scheme = ctx.scheme();
        String host = ctx.header("Host");
        if (behindProxy) {
            String proto = first(ctx.header("X-Forwarded-Proto"));
            if ("https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)) {
                scheme = proto.toLowerCase(java.util.Locale.ROOT);
            }
            String forwardedHost = first(ctx.header("X-Forwarded-Host"));
            if (forwardedHost != null) {
                host = forwardedHost;
            }
        }
        if (host == null || !HOST.matcher(host).matches()) {
            return "";
        }
        return scheme + "://" + host;
    }

    /** The first of a header's comma-separated values (the client's side of the proxies), or null. */
    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].strip();
    }
}
