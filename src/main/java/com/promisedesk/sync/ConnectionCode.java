package com.promisedesk.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The central store's address and a rep's token in one line that IT can send in a chat
 * or an e-mail and a rep pastes into the app: {@code pdc1.<address>.<token>.<check>}, where
 * the address is base64url (it holds dots and slashes), the token is as the server made it
 * ({@code pd_} + base64url, never a dot) and the check is four characters of the SHA-256 of
 * both, so a code cut short or mistyped is told apart from a revoked token before anything
 * is sent anywhere.
 *
 * <p>The address is only carried here; {@link ServerAddress#parse} still decides whether it
 * may be used (plain http:// only to this machine).
 */
public record ConnectionCode(String address, String token) {

    /** Every code starts with it; the digit is the format's version. */
    public static final String PREFIX = "pdc1.";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public ConnectionCode {
        if (address == null || address.isBlank() || token == null || token.isBlank()) {
            throw new IllegalArgumentException("a connection code needs an address and a token");
        }
        if (token.contains(".") || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a token has no dots and no spaces");
        }
    }

    /** True when {@code text} looks meant as a code (it starts like one), whole or not. */
    public static boolean looksLikeOne(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    /**
     * Reads a pasted code; spaces and line breaks a mail program put in are ignored.
     *
     * @throws SyncException with a message for the rep when it is not a code, or not a whole one
     */
    public static ConnectionCode parse(String text) throws SyncException {
        String code = text == null ? "" : text.replaceAll("\\s+", "");
        if (!code.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            throw new SyncException("that is not a connection code: a code starts with \"" + PREFIX
                    + "\" (ask IT for one, or give the address and the token)");
        }
        String[] parts = code.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw incomplete();
        }
        String address;
        try {
            address = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw incomplete();
        }
        if (!check(address, parts[1]).equals(parts[2])) {
            throw incomplete();
        }
        return new ConnectionCode(address, parts[1]);
    }

    /** The one line to send. */
    public String text() {
        return PREFIX + ENCODER.encodeToString(address.getBytes(StandardCharsets.UTF_8)) + "." + token + "."
                + check(address, token);
    }

    /** Never shows the token: a code is a secret. */
    @Override
    public String toString() {
        return "ConnectionCode[" + address + "]";
    }

    private static SyncException incomplete() {
        return new SyncException("that connection code is incomplete or mistyped: copy it again, whole"
                + " (it is one line that starts with \"" + PREFIX + "\")");
    }

    private static String check(String address, String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((address + "\n" + token).getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(digest).substring(0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
