package com.promisedesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.server.mail.MailSettings;
import com.promisedesk.sync.ServerAddress;
import com.promisedesk.sync.SyncClient;
import com.promisedesk.sync.wire.Change;
import com.promisedesk.sync.wire.NewRequest;
import com.promisedesk.sync.wire.PushRequest;
import com.promisedesk.sync.wire.RequestedLine;
import com.promisedesk.sync.wire.RequestsPush;
import com.promisedesk.sync.wire.WireJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A central store on loopback over a real SQLite file, for the e-mail notice tests: its
 * people (with addresses for notices on their tokens), a rep who pushes promises and
 * exception requests over HTTP as the app does, and the mail courier at a test's pace.
 */
final class MailDesk implements AutoCloseable {

    static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
    /** Rounds and first retries this often: a test waits milliseconds, not minutes. */
    static final MailCourier.Pace QUICK = new MailCourier.Pace(Duration.ofMillis(100), Duration.ofMillis(100));

    final SettableClock clock = new SettableClock(MONDAY_NINE);
    final ServerDatabase database;
    private final ObjectMapper json = WireJson.mapper(CentralServer.Settings.DEFAULT_MAX_BODY);
    private CentralServer server;
    private final Map<String, String> tokens = new java.util.HashMap<>();

    MailDesk(Path dir) {
        this.database = ServerDatabase.sqlite(dir);
    }

    /** Mail to the SMTP server on loopback {@code port}, plain (as to a relay), waiting at most 2 s for it. */
    static MailSettings mailTo(int port) {
        return MailSettings.of(new MailSettings.Given("127.0.0.1", port, "none", null, "PromiseDesk <desk@example.com>",
                "https://promises.example.com/", null), Map.of()).orElseThrow().withTimeout(Duration.ofSeconds(2));
    }

    /** The team: two approver roles of tier 2 and one outside it, two reps with addresses and one without. */
    MailDesk people() throws Exception {
        Tokens store = new Tokens(database, clock);
        tokens.put("lena", store.create(Principal.of("lena", "approver:sales-lead"), "lena@example.com", "ines").token());
        store.create(Principal.of("lena", "approver:sales-lead"), "Lena@Example.com", "ines"); // her phone
        tokens.put("pat", store.create(Principal.of("pat", "approver:product"), "pat@example.com", "ines").token());
        store.create(Principal.of("eve", "approver:engineering"), "eve@example.com", "ines");
        store.revoke(store.create(Principal.of("olaf", "approver:sales-lead"), "olaf@example.com", "ines").id(), "ines");
        tokens.put("anna", store.create(Principal.of("anna", "rep"), "anna@example.com", "ines").token());
        store.create(Principal.of("bert", "rep"), "bert@example.com", "ines");
        tokens.put("carl", store.create(Principal.of("carl", "catalog-owner"), "carl@example.com", "ines").token());
        store.create(Principal.of("rosa", "rep"), null, "ines");
        return this;
    }

    /** Starts the central store; {@code mail} null: notices off. */
    MailDesk start(MailSettings mail) {
        server = CentralServer.start(database, CentralServer.Settings.loopback(0).withMail(mail), clock, QUICK);
        return this;
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** One round of the courier now, on the test's thread (it waits for a round under way). */
    void courierRound() throws Exception {
        server.courier().round();
    }

    SyncClient client(String token) throws Exception {
        return SyncClient.create(ServerAddress.parse(server.uri().toString(), true), token);
    }

    /** The client of one of the {@link #people} by name: lena, pat, anna, carl. */
    SyncClient as(String name) throws Exception {
        return client(tokens.get(name));
    }

    SyncClient anna() throws Exception {
        return as("anna");
    }

    /** Anna's promise for {@code customer}, pushed: one onboarding line on 3 Dec, 8 business days after its start. */
    UUID promise(String customer, String title) throws Exception {
        Promise p = new Promise(UUID.randomUUID(), new Customer(customer, "EU", null), title, LocalDate.of(2026, 11, 23),
                PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 1, LocalDate.of(2026, 12, 3))),
                List.of(), List.of(), List.of());
        anna().push(new PushRequest(List.of(new Change(UUID.randomUUID(), List.of(), p.id(), 0,
                json.readTree(PromiseFile.write(p)), List.of()))));
        return p.id();
    }

    /** The request for line 1 of {@code promise}, as the app makes it; push it with {@link #push}. */
    static NewRequest request(UUID promise, List<String> approvers, String reason, Instant requestedAt) {
        return new NewRequest(UUID.randomUUID(), promise, 0, new RequestedLine("ONB-STD", null, 1,
                LocalDate.of(2026, 12, 3), Map.of()), approvers.size(), approvers, reason, requestedAt);
    }

    void push(NewRequest... requests) throws Exception {
        anna().pushRequests(new RequestsPush(List.of(requests)));
    }

    void publishSampleCatalog() throws Exception {
        String catalog;
        try (var in = getClass().getResourceAsStream("/com/promisedesk/sample/catalog.yaml")) {
            catalog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        as("carl").publish("catalog.yaml", catalog);
    }

    long count(String sql) throws Exception {
        return database.read(c -> {
            try (var select = c.prepareStatement(sql); var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    String text(String sql) throws Exception {
        return database.read(c -> {
            try (var select = c.prepareStatement(sql); var rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }

    @Override
    public void close() {
        stop();
        database.close();
    }
}
