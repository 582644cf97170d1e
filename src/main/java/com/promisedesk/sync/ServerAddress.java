package com.promisedesk.sync;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The central store's base URL. {@code https://} anywhere (the system trust store
 * decides); plain {@code http://} only to this machine, unless the rep explicitly
 * accepts sending the token in clear with {@code --insecure-http}.
 */
public record ServerAddress(URI uri) {

    /** @throws SyncException not a URL, or {@linkplain SyncException#plainHttp() plain http to another machine} */
    public static ServerAddress parse(String text, boolean insecureHttp) throws SyncException {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException | NullPointerException e) {
            throw new SyncException("\"" + text + "\" is not a server URL (expected https://host[:port])");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new SyncException("\"" + text + "\" is not a server URL (expected https://host[:port])");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new SyncException("the server URL must not carry a user, query or fragment: " + text);
        }
        if (scheme.equals("http") && !insecureHttp && !loopback(uri.getHost())) {
            throw new SyncException(0, SyncException.PLAIN_HTTP, "refusing plain http:// to " + uri.getHost()
                    + ": the token would travel in clear. Use https:// (a reverse proxy in front of the server),"
                    + " or --insecure-http on a trusted network", null);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return new ServerAddress(URI.create(scheme + "://" + uri.getRawAuthority() + path));
    }

    private static boolean loopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: a name is not resolved, so DNS cannot turn it into "loopback".
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The host name or address, as given (for messages). */
    public String host() {
        return uri.getHost();
    }

    /** {@code base + path}, e.g. {@code /v1/push}. */
    public URI resolve(String pathAndQuery) {
        return URI.create(uri + pathAndQuery);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
