package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.Sha256;
import com.promisedesk.sync.wire.MilestonePushRequest;
import com.promisedesk.sync.wire.MilestoneUpdate;
import com.promisedesk.sync.wire.RevisionPushRequest;
import com.promisedesk.sync.wire.RevisionUpload;
import com.promisedesk.sync.wire.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 10,000 bodies generated from a seed, thrown at every write endpoint over HTTP on loopback
 * (SQLite): none gets a 5xx, every refusal is the protocol's JSON error without the server's
 * insides, and a refused body leaves every table as it was. Replay a failure with
 * {@code -Dpromisedesk.fuzz.seed=N}; the seed is in every failure message.
 */
class WriteEndpointFuzzTest extends CentralStoreScenarios {

    private static final long SEED = Long.getLong("promisedesk.fuzz.seed", 20261205L);
    private static final int BODIES = 10_000;
    private static final Set<String> CODES = Set.of("bad_request", "unauthorized", "forbidden", "not_found",
            "method_not_allowed", "version_taken", "already_decided", "unknown_promise", "too_large");

    @Override
    Backend backend() {
        return new SqliteBackend();
    }

    /** One endpoint: its path, a valid body and the token of the role that may call it. */
    private record Endpoint(String path, String valid, String token) {
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenThousandGeneratedBodiesGetNoServerErrorAndChangeNothingWhenRefused() throws Exception {
        String rep = central.token("anna", "rep");
        String owner = central.token("carl", "catalog-owner");
        String approver = central.token("lena", "approver:sales-lead");
        Device device = device("laptop", rep);
        Promise kept = SyncPromises.promise("Northwind Traders", "Fleet analytics rollout");
        device.save(kept);
        device.sync();
        // HTTP/1.1 as the device speaks it; no upgrade attempt on every request.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String request = requestBody(kept.id());
        String requestId = request.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        send(http, "/v1/requests", rep, request.getBytes(StandardCharsets.UTF_8));
        List<Endpoint> endpoints = List.of(
                new Endpoint("/v1/push", StrictBodyScenarios.push(SyncPromises.retitled(kept, "Retitled")), rep),
                new Endpoint("/v1/catalog", catalogBody(), owner),
                new Endpoint("/v1/requests", requestBody(kept.id()), rep),
                new Endpoint("/v1/requests/" + requestId + "/decision", "{\"decision\":\"REJECTED\",\"note\":\"No\"}",
                        approver),
                new Endpoint("/v1/revisions", revisionBody(kept.id()), rep),
                new Endpoint("/v1/milestones", milestoneBody(kept.id()), rep),
                new Endpoint("/v1/deliveries", deliveryBody(kept.id()), rep),
                new Endpoint("/v1/notices", noticeBody(kept.id()), rep));
        List<String> valid = endpoints.stream().map(Endpoint::valid).toList();
        List<String> tokens = List.of(rep, owner, approver, "not-a-token", "");

        Random random = new Random(SEED);
        ServerSnapshot tables = new ServerSnapshot(central.database());
        String before = tables.rows();
        int refused = 0;
        for (int i = 0; i < BODIES; i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String token = random.nextInt(10) < 8 ? endpoint.token() : tokens.get(random.nextInt(tokens.size()));
            byte[] body = FuzzBodies.mutate(random, endpoint.valid(), valid);
            HttpResponse<String> response = send(http, endpoint.path(), token, body);
            String context = "seed " + SEED + ", body " + i + " to " + endpoint.path() + ": "
                    + abbreviate(new String(body, StandardCharsets.UTF_8)) + " -> " + response.statusCode() + " "
                    + abbreviate(response.body());
            assertThat(response.statusCode()).as(context).isBetween(200, 499);
            if (response.statusCode() >= 300) {
                refused++;
                assertDocumentedError(response, context);
                assertThat(tables.rows()).as(context).isEqualTo(before);
            } else {
                before = tables.rows();
            }
        }
        assertThat(refused).as("seed " + SEED + ": most generated bodies are refused").isGreaterThan(BODIES / 2);
    }

    private void assertDocumentedError(HttpResponse<String> response, String context) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(context).startsWith("application/json");
        assertThat(response.body()).as(context).doesNotContain("com.", "java.", "jackson", "Jackson", "Exception", "SQL");
        JsonNode root = WireJson.mapper().readTree(response.body());
        assertThat(root.isObject() && root.size() == 1 && root.has("error")).as(context).isTrue();
        JsonNode error = root.get("error");
        List<String> names = new ArrayList<>();
        error.fieldNames().forEachRemaining(names::add);
        assertThat(names).as(context).containsExactly("code", "message", "field");
        assertThat(error.get("code").asText()).as(context).isIn(CODES);
        assertThat(error.get("message").isTextual() && !error.get("message").asText().isBlank()).as(context).isTrue();
        assertThat(error.get("field").isNull() || error.get("field").isTextual()).as(context).isTrue();
    }

    private HttpResponse<String> send(HttpClient http, String path, String token, byte[] body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(central.url() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String catalogBody() throws Exception {
        String catalog = "catalog:\n  version: \"fuzz-1\"\n  published: 2026-11-20\npolicy:\n  tiers:\n"
                + "    1: { approvers: [sales-lead] }\n  bespokeTier: 1\n  capacityTier: 1\n"
                + "  underPromise: { slackPercent: 25, minSlackDays: 5 }\ncapabilities:\n"
                + "  - { code: ONB-STD, name: Onboarding, category: service, summary: s, owner: o, status: available,"
                + " leadTime: { standard: 5 } }\n";
        return WireJson.mapper().writeValueAsString(java.util.Map.of("fileName", "catalog.yaml", "source", catalog));
    }

    private static String requestBody(UUID promiseId) {
        return "{\"requests\":[{\"id\":\"" + UUID.randomUUID() + "\",\"promiseId\":\"" + promiseId + "\",\"line\":0,"
                + "\"requested\":{\"capability\":\"ONB-STD\",\"quantity\":1,\"date\":\"2026-12-15\"},\"tier\":1,"
                + "\"approvers\":[\"sales-lead\"],\"reason\":\"Go-live\",\"requestedAt\":\"2026-11-23T10:00:00Z\"}]}";
    }

    private static String revisionBody(UUID promiseId) throws Exception {
        byte[] content = "revision 2".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(content);
        return WireJson.mapper().writeValueAsString(new RevisionPushRequest(List.of(new RevisionUpload(UUID.randomUUID(),
                promiseId, 1, Instant.parse("2026-11-23T17:02:11Z"), "pdf", sha, sha,
                Base64.getEncoder().encodeToString(content)))));
    }

    private static String milestoneBody(UUID promiseId) throws Exception {
        return WireJson.mapper().writeValueAsString(new MilestonePushRequest(List.of(new MilestoneUpdate(UUID.randomUUID(),
                UUID.randomUUID(), promiseId, 1, "Kick-off", LocalDate.of(2026, 12, 1), false,
                Instant.parse("2026-11-23T17:02:11Z")))));
    }

    private static String deliveryBody(UUID promiseId) throws Exception {
        return WireJson.mapper().writeValueAsString(new com.promisedesk.sync.wire.DeliveryPushRequest(List.of(
                new com.promisedesk.sync.wire.DeliveryMarkUpload(UUID.randomUUID(), promiseId, 1, "CANCELLED",
                        LocalDate.of(2026, 12, 1), "Out of stock", Instant.parse("2026-11-23T17:02:11Z")))));
    }

    private static String noticeBody(UUID promiseId) throws Exception {
        Instant at = Instant.parse("2026-11-23T17:02:11Z");
        return WireJson.mapper().writeValueAsString(new com.promisedesk.sync.wire.NoticePushRequest(List.of(
                new com.promisedesk.sync.wire.NoticeUpload(0, UUID.randomUUID(), UUID.randomUUID(), promiseId, "CHANGE",
                        "de", "Line 2 moves", "We deliver on 22 December", "{}", 2, "a".repeat(64), at, at, null))));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
