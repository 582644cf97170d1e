package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Promise;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 200 malformed and hostile bodies: each gets a 4xx, the server keeps serving and its data stays as it was. */
@Slow
abstract class HostileScenarios {

    private static final long SEED = 20261123L;

    @TempDir
    Path dir;

    CentralStoreFixture central;
    Device device;

    abstract Backend backend();

    @BeforeEach
    void start() {
        central = new CentralStoreFixture(backend(), dir);
    }

    @AfterEach
    void stop() {
        if (device != null) {
            device.close();
        }
        central.close();
    }

    @Test
    void everyHostileBodyGetsA4xxAndChangesNothing() throws Exception {
        String rep = central.token("anna", "rep");
        String owner = central.token("carl", "catalog-owner");
        device = new Device(dir.resolve("laptop"), central.url(), rep);
        Promise kept = SyncPromises.promise("Northwind Traders", "Fleet analytics rollout");
        device.save(kept);
        device.sync();
        // Based on version 0, so the seeded mutations find "baseVersion":0 to work on.
        String validPush = validPush(SyncPromises.retitled(kept, "Changed by a valid push"), 0);
        List<String> before = snapshot();

        HttpClient http = HttpClient.newHttpClient();
        List<HostileBodies.Request> requests = HostileBodies.make(SEED, 200, validPush);
        for (int i = 0; i < requests.size(); i++) {
            HostileBodies.Request r = requests.get(i);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(central.url() + r.path()))
                    .header("Authorization", "Bearer " + (r.asOwner() ? owner : rep))
                    .header("Content-Type", "application/json")
                    .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(r.body()));
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String context = "request " + i + " (" + r.what() + ", seed " + SEED + "): " + abbreviate(r.body());
            assertThat(response.statusCode()).as(context).isBetween(400, 499);
            assertThat(response.body()).as(context).startsWith("{\"error\":{\"code\":")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(rep);
        }

        assertThat(snapshot()).isEqualTo(before);
        // Still serving: the valid push the hostile ones were made from applies.
        HttpResponse<String> valid = http.send(HttpRequest.newBuilder(URI.create(central.url() + "/v1/push"))
                .header("Authorization", "Bearer " + rep)
                .POST(HttpRequest.BodyPublishers.ofString(validPush(SyncPromises.retitled(kept, "Valid"), 1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(valid.body()).contains("\"applied\"");
    }

    @Test
    void everyHostileRevisionOrMilestoneBodyGetsA4xxAndChangesNothing() throws Exception {
        String rep = central.token("anna", "rep");
        device = new Device(dir.resolve("laptop"), central.url(), rep);
        Promise kept = SyncPromises.agreed("Northwind Traders", "Fleet analytics rollout");
        device.save(kept);
        device.issue(kept.id(), "the written summary".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        device.store().milestones().add(kept.id(), "Go live", java.time.LocalDate.of(2027, 1, 29));
        device.sync();
        var json = com.promisedesk.sync.wire.WireJson.mapper();
        byte[] content = "revision 2".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = com.promisedesk.file.Sha256.of(content);
        String revisions = json.writeValueAsString(new com.promisedesk.sync.wire.RevisionPushRequest(List.of(
                new com.promisedesk.sync.wire.RevisionUpload(java.util.UUID.randomUUID(), kept.id(), 1,
                        java.time.Instant.now(), "pdf", sha, sha, java.util.Base64.getEncoder().encodeToString(content)))));
        String milestones = json.writeValueAsString(new com.promisedesk.sync.wire.MilestonePushRequest(List.of(
                new com.promisedesk.sync.wire.MilestoneUpdate(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                        kept.id(), 1, "Kick-off", java.time.LocalDate.of(2026, 12, 1), false, java.time.Instant.now()))));
        List<String> before = snapshot();

        HttpClient http = HttpClient.newHttpClient();
        List<HostileBodies.Request> requests = HostileBodies.records(SEED, 80, revisions, milestones);
        for (int i = 0; i < requests.size(); i++) {
            HostileBodies.Request r = requests.get(i);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(central.url() + r.path()))
                    .header("Authorization", "Bearer " + rep).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(r.body())).build(), HttpResponse.BodyHandlers.ofString());
            String context = "request " + i + " (" + r.what() + ", seed " + SEED + "): " + abbreviate(r.body());
            assertThat(response.statusCode()).as(context).isBetween(400, 499);
            assertThat(response.body()).as(context).startsWith("{\"error\":{\"code\":")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }

        assertThat(snapshot()).isEqualTo(before);
        for (String[] valid : new String[][] {{"/v1/revisions", revisions}, {"/v1/milestones", milestones}}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(central.url() + valid[0]))
                    .header("Authorization", "Bearer " + rep).POST(HttpRequest.BodyPublishers.ofString(valid[1])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        assertThat(central.count("SELECT count(*) FROM revision WHERE number = 1")).isEqualTo(2);
    }

    @Test
    void aBodyOverTheLimitGets413AndABadFieldIsNamed() throws Exception {
        String rep = central.token("anna", "rep");
        HttpClient http = HttpClient.newHttpClient();
        String big = "{\"changes\":[],\"padding\":\"" + "x".repeat((int) (17L * 1024 * 1024)) + "\"}";
        HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create(central.url() + "/v1/push"))
                .header("Authorization", "Bearer " + rep).POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"too_large\"");

        Promise p = SyncPromises.promise("Baltic Freight", "Telematics");
        String body = validPush(p, 0).replaceFirst("\"start\":\"[^\"]+\"", "\"start\":\"someday\"");
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(central.url() + "/v1/push"))
                .header("Authorization", "Bearer " + rep).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"changes[0].promise.start\"");
    }

    private static String validPush(Promise promise, long baseVersion) throws Exception {
        var json = com.promisedesk.sync.wire.WireJson.mapper();
        var change = new com.promisedesk.sync.wire.Change(java.util.UUID.randomUUID(), List.of(), promise.id(),
                baseVersion, json.readTree(com.promisedesk.file.PromiseFile.write(promise)), List.of());
        return json.writeValueAsString(new com.promisedesk.sync.wire.PushRequest(List.of(change)));
    }

    /** Every table's rows as text, to compare before and after. */
    private List<String> snapshot() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of("SELECT id || version || doc || change_id || seq FROM promise ORDER BY id",
                "SELECT promise_id || version FROM promise_version ORDER BY promise_id, version",
                "SELECT change_id || outcome FROM applied_change ORDER BY change_id",
                "SELECT id || status FROM conflict ORDER BY id", "SELECT version FROM catalog_version ORDER BY version",
                "SELECT id || token_hash FROM api_token ORDER BY id", "SELECT id || status FROM exception_request ORDER BY id",
                "SELECT CAST(value AS VARCHAR(20)) FROM sync_counter",
                "SELECT promise_id || sha256 || content FROM revision ORDER BY promise_id, sha256",
                "SELECT change_id || done FROM milestone_update ORDER BY change_id",
                "SELECT id || text || done || change_id FROM milestone ORDER BY id")) {
            rows.addAll(central.database().read(connection -> {
                List<String> found = new ArrayList<>();
                try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
                    while (result.next()) {
                        found.add(result.getString(1));
                    }
                }
                return found;
            }));
        }
        return rows;
    }

    private static String abbreviate(String text) {
        return text == null ? "(no body)" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
