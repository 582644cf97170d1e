package com.promisedesk.server;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as stored: a fixed six-digit fraction, so text order is time order. */
final class Instants {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Instants() {
    }

    static String text(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
