package com.promisedesk.desk;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.ExceptionRequest.Decision;
import com.promisedesk.domain.ExceptionRequest.RoleDecision;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords.PulledPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A real local store with a row of every kind Today shows, on Wed 9 Dec 2026 (the week runs to
 * Sun 13 Dec): Northwind's Chicago promise has an overdue line, a line due this week whose
 * customer part (the driver roster, due Fri 4 Dec) is overdue, and an overdue milestone;
 * Ostwind's tachograph promise was agreed under catalog 2026.11.2, and 2026.12.1 retired that
 * capability; its line 1 was approved on Tue 8 Dec; Baltic agreed on Mon 7 Dec (a thank-you),
 * Northwind came back on Tue 8 Dec (a repeat customer), and Kestrel's first promise turns one
 * on Thu 10 Dec.
 */
public final class TodayScene {

    public static final LocalDate TODAY = LocalDate.parse("2026-12-09");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-09T08:00:00Z"), ZoneOffset.UTC);
    public static final UUID CHICAGO = UUID.fromString("0d000000-0000-4000-8000-000000000001");
    public static final UUID TACHO = UUID.fromString("0d000000-0000-4000-8000-000000000002");
    public static final UUID BALTIC = UUID.fromString("0d000000-0000-4000-8000-000000000003");
    public static final UUID TORONTO = UUID.fromString("0d000000-0000-4000-8000-000000000004");
    public static final UUID KESTREL = UUID.fromString("0d000000-0000-4000-8000-000000000005");

    private TodayScene() {
    }

    /** The sample catalog's text, as version {@code version}. */
    public static String sampleCatalog(String version) throws IOException {
        try (InputStream in = TodayScene.class.getResourceAsStream("/com/promisedesk/sample/catalog.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("version: \"2026.11.2\"", "version: \"" + version + "\"");
        }
    }

    /** The sample catalog 2026.12.1: FLEET-TACHO retired. */
    public static String retiringTacho() throws IOException {
        String text = sampleCatalog("2026.12.1");
        int tacho = text.indexOf("- code: FLEET-TACHO");
        int status = text.indexOf("status: available", tacho);
        return text.substring(0, status) + "status: retired" + text.substring(status + "status: available".length());
    }

    /** Writes the scene into a new store in {@code dataDir}. */
    public static void write(Path dataDir) throws Exception {
        importCatalog(dataDir, sampleCatalog("2026.11.2"), "2026-11-20T08:00:00Z");
        try (LocalStore store = LocalStore.open(dataDir, Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC))) {
            store.promises().save(agreed(CHICAGO, "Northwind Traders", "NA", "Fleet analytics for the Chicago depot",
                    "2026-11-23", "2026-11-23", line("FLEET-CORE", "2026-12-01"), line("FLEET-ELD", "2026-12-11"),
                    line("FLEET-API", "2026-11-30")));
            store.promises().save(agreed(TACHO, "Ostwind Logistik", "EU", "Tachograph compliance for 40 trucks",
                    "2026-11-30", "2026-11-30", line("FLEET-TACHO", "2026-12-21")));
            store.promises().save(agreed(BALTIC, "Baltic Freight", "EU", "Fleet analytics for the Riga yard",
                    "2026-12-07", "2026-12-07", line("FLEET-CORE", "2026-12-10")));
            store.promises().save(agreed(TORONTO, "Northwind Traders", "NA", "Fleet analytics for the Toronto depot",
                    "2026-12-08", "2026-12-08", line("FLEET-CORE", "2026-12-18")));
            store.promises().save(agreed(KESTREL, "Kestrel Haulage", "EU", "Fleet analytics for the first 20 vans",
                    "2025-12-01", "2025-12-10", line("FLEET-CORE", "2025-12-10")).withStatus(PromiseStatus.KEPT));
            store.promises().save(Promise.draft(new Customer("Harbor Freight", "NA", null), "Draft, never on Today",
                    LocalDate.parse("2026-12-01")).withLines(List.of(line("FLEET-CORE", "2026-12-02"))));
            store.milestones().add(CHICAGO, "Kick-off call", LocalDate.parse("2026-11-25"));
            store.milestones().markDone(CHICAGO, 1, true);
            store.milestones().add(CHICAGO, "Depot survey", LocalDate.parse("2026-12-07"));
            store.deliveries().record(CHICAGO, DeliveryMark.delivered(2, LocalDate.parse("2026-11-30"),
                    Instant.parse("2026-11-30T16:00:00Z")), p -> List.of(LocalDate.parse("2026-12-01"),
                    LocalDate.parse("2026-12-11"), LocalDate.parse("2026-11-30")), LocalDate.parse("2026-11-30"));
            approve(store, TACHO, 0, Instant.parse("2026-12-08T15:00:00Z"));
        }
        importCatalog(dataDir, retiringTacho(), "2026-12-02T08:00:00Z");
    }

    /**
     * {@code count} agreed promises of 300 customers under catalog 2026.11.2, each with three lines (one
     * delivered), a customer responsibility and two milestones; then 2026.12.1 retires FLEET-TACHO, so
     * every promise is judged by both catalogs: the most work Today does per promise.
     */
    public static void agreedPromises(Path dataDir, int count) throws Exception {
        importCatalog(dataDir, sampleCatalog("2026.11.2"), "2026-10-01T08:00:00Z");
        try (LocalStore store = LocalStore.open(dataDir, Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC))) {
            for (int i = 0; i < count; i++) {
                LocalDate start = LocalDate.parse("2026-11-02").plusDays(i % 28);
                UUID id = new UUID(0x0e00_0000_0000_4000L, i);
                store.promises().save(agreed(id, "Customer " + (i % 300), "EU", "Promise " + i, start.toString(),
                        start.toString(), line("FLEET-CORE", start.plusDays(14).toString()),
                        line("FLEET-TACHO", start.plusDays(21).toString()), line("FLEET-API", start.plusDays(7).toString())));
                store.milestones().add(id, "Kick-off", start.plusDays(2));
                store.milestones().add(id, "Go live", start.plusDays(21));
                LocalDate delivered = start.plusDays(7);
                store.deliveries().record(id, DeliveryMark.delivered(2, delivered, Instant.parse("2026-11-23T10:00:00Z")),
                        p -> java.util.Arrays.asList(null, null, delivered), delivered);
            }
        }
        importCatalog(dataDir, retiringTacho(), "2026-12-02T08:00:00Z");
    }

    static void importCatalog(Path dataDir, String text, String at) throws Exception {
        try (LocalStore store = LocalStore.open(dataDir, Clock.fixed(Instant.parse(at), ZoneOffset.UTC))) {
            Catalog catalog = CatalogFile.parse(text, "catalog.yaml");
            store.catalogs().importCatalog(catalog, text);
        }
    }

    static Promise agreed(UUID id, String customer, String region, String title, String start, String agreedOn,
                          CommitmentLine... lines) {
        return new Promise(id, new Customer(customer, region, null), title, LocalDate.parse(start), PromiseStatus.DRAFT,
                List.of(lines), List.of(), List.of(), List.of()).agreed(LocalDate.parse(agreedOn));
    }

    static CommitmentLine line(String code, String date) {
        return CommitmentLine.of(code, 10, LocalDate.parse(date));
    }

    private static void approve(LocalStore store, UUID promise, int line, Instant at) {
        List<String> approvers = List.of("sales-lead");
        ExceptionRequest r = store.requests().request(promise, line, 1, approvers, "The customer's audit is in January");
        ExceptionRequest approved = new ExceptionRequest(r.id(), r.promiseId(), r.line(), r.requested(), r.tier(),
                r.approvers(), r.reason(), r.requestedAt(), Decision.APPROVED,
                List.of(new RoleDecision("sales-lead", "lena", Decision.APPROVED, null, at)));
        store.sync().applyPulled(new PulledPage(List.of(), List.of(), List.of(), null, 9, true).withRequests(List.of(approved)));
    }
}
