package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Catalog;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample catalog and a next version of it, as a catalog owner would publish it. */
public final class CatalogVersions {

    public static final String NEXT = "2026.12.1";

    private CatalogVersions() {
    }

    /**
     * Version 2026.12.1: 1,000 platform licences per line are standard (was 500), single
     * sign-on takes 15 business days (was 10), the remote quick start is retired, and a
     * trailer door sensor is added.
     */
    public static String nextText() {
        String text = sampleText();
        String next = replace(text, "version: \"2026.11.2\"", "version: \"" + NEXT + "\"");
        next = replace(next, "maxQuantity: { standard: 500, stretch: [ { tier: 2, max: 2000 }",
                "maxQuantity: { standard: 1000, stretch: [ { tier: 2, max: 2000 }");
        next = replace(next, "leadTime: { standard: 10, stretch: [ { tier: 1, min: 7 }, { tier: 2, min: 5 } ] }\n"
                + "    capacity: { perWeek: 6 }", "leadTime: { standard: 15, stretch: [ { tier: 1, min: 7 },"
                + " { tier: 2, min: 5 } ] }\n    capacity: { perWeek: 6 }");
        next = replace(next, "25 pojazdów.\"\n    owner: Customer Success\n    status: available",
                "25 pojazdów.\"\n    owner: Customer Success\n    status: retired");
        return next + "\n  - code: HW-DOOR-SENSOR\n    name: Trailer door sensor\n    category: delivery\n"
                + "    summary: \"Reports every opening of a trailer door, with time and place.\"\n"
                + "    owner: Hardware Logistics\n    status: available\n    leadTime: { standard: 8 }\n";
    }

    /** Imports {@link #nextText()} into {@code store}, making it current, as a sync that pulled it would. */
    public static Catalog importNext(LocalStore store) {
        String text = nextText();
        try {
            Catalog next = CatalogFile.parse(text, "catalog-" + NEXT + ".yaml");
            store.catalogs().importCatalog(next, text);
            return next;
        } catch (BadFileException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sampleText() {
        try (InputStream in = CatalogVersions.class.getResourceAsStream(CurrentCatalog.SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replace(String text, String what, String with) {
        assertThat(text).as("the sample catalog still reads as this test expects").contains(what);
        return text.replace(what, with);
    }
}
