package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.sync.wire.Change;
import com.promisedesk.sync.wire.PushRequest;
import com.promisedesk.sync.wire.WireJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bodies a careless or hostile client sends, each answered with the protocol's JSON error
 * (docs/sync-protocol.md, Errors) and nothing stored: wrong paths and methods, what Jetty
 * refuses itself, bodies too big for their role, invalid UTF-8, repeated keys, quantities
 * that would overflow the team's bookings and catalog lines too long to read.
 */
abstract class StrictBodyScenarios extends CentralStoreScenarios {

    @Test
    void unknownPathsWrongMethodsAndWhatJettyRefusesAnswerInTheProtocolsJson() throws Exception {
        String rep = central.token("anna", "rep");
        int port = central.port();
        String auth = "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + rep + "\r\nConnection: close";
        assertError(RawHttp.send(port, "GET /v1/push HTTP/1.1" + auth, new byte[0], 10_000), 405, "method_not_allowed");
        assertError(RawHttp.send(port, "GET /v1/nothing-here HTTP/1.1" + auth, new byte[0], 10_000), 404, "not_found");
        assertError(RawHttp.send(port, "GET /nothing-here HTTP/1.1\r\nHost: x\r\nConnection: close", new byte[0], 10_000),
                404, "not_found");
        assertError(RawHttp.send(port, "GET /v1/health?" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close",
                new byte[0], 10_000), 414, "too_large");
        assertError(RawHttp.send(port, "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(20_000)
                + "\r\nConnection: close", new byte[0], 10_000), 431, "too_large");
        assertError(RawHttp.send(port, "GARBAGE\u0001 / HTTP/9", new byte[0], 10_000), 400, "bad_request");
        // Jackson's own words name its classes and settings; the answer must not.
        assertError(RawHttp.post(port, "/v1/push", rep, "{\"changes\":[]} {}".getBytes(StandardCharsets.UTF_8)),
                400, "bad_request");
        assertError(RawHttp.post(port, "/v1/push", rep, "{\"changes\":[1e99999999999]}".getBytes(StandardCharsets.UTF_8)),
                400, "bad_request");
        String owner = central.token("carl", "catalog-owner");
        for (String source : new String[] {"{} {}", "[1e99999999999]"}) {
            String catalog = WireJson.mapper().writeValueAsString(java.util.Map.of("fileName", "c.json", "source", source));
            assertError(RawHttp.post(port, "/v1/catalog", owner, catalog.getBytes(StandardCharsets.UTF_8)), 400, "bad_request");
        }
        assertError(RawHttp.post(port, "/v1/push", rep, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
                .getBytes(StandardCharsets.UTF_8)), 400, "bad_request");
    }

    @Test
    void theRoleIsCheckedBeforeTheBodyIsRead() throws Exception {
        String owner = central.token("carl", "catalog-owner");
        // 16 MiB announced, only its start sent: a server that reads first waits until the socket times out.
        RawHttp.Answer answer = RawHttp.send(central.port(), "POST /v1/push HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + owner + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + (16 * 1024 * 1024 - 1),
                "{\"changes\":[[],[],".getBytes(StandardCharsets.UTF_8), 5_000);
        assertError(answer, 403, "forbidden");
    }

    @Test
    void aBodyOfManySmallPartsIsRefusedWithinItsBudget() throws Exception {
        String rep = central.token("anna", "rep");
        byte[] body = ("{\"changes\":[" + "[],".repeat(2_000_000) + "[]]}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.post(central.port(), "/v1/push", rep, body);
        assertError(answer, 400, "bad_request");
        assertThat(answer.body()).contains("\"field\":\"changes\"").contains("at most 10,000");
        StringBuilder values = new StringBuilder("{\"changes\":[");
        for (int i = 0; i < 600; i++) {
            values.append(i == 0 ? "" : ",").append("{\"supersedes\":[").append("1,".repeat(999)).append("1]}");
        }
        RawHttp.Answer tooMany = RawHttp.post(central.port(), "/v1/push", rep,
                values.append("]}").toString().getBytes(StandardCharsets.UTF_8));
        assertError(tooMany, 413, "too_large");
        assertThat(tooMany.body()).contains("more than 500,000 JSON values");
    }

    @Test
    void malformedUtf8AndLoneSurrogatesAreRefused() throws Exception {
        String rep = central.token("anna", "rep");
        Promise promise = SyncPromises.promise("Northwind Traders", "xMARKy");
        long before = central.count("SELECT count(*) FROM promise");
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, "\\ud800".getBytes(StandardCharsets.UTF_8),
            "\\udc00\\ud800".getBytes(StandardCharsets.UTF_8)};
        for (byte[] sequence : bad) {
            RawHttp.Answer answer = RawHttp.post(central.port(), "/v1/push", rep, replaced(push(promise), "MARK", sequence));
            assertError(answer, 400, "bad_request");
        }
        assertThat(central.count("SELECT count(*) FROM promise")).isEqualTo(before);
        // A pair of escapes that is one character is fine.
        RawHttp.Answer pair = RawHttp.post(central.port(), "/v1/push", rep,
                replaced(push(promise), "MARK", "\\ud83d\\ude00".getBytes(StandardCharsets.UTF_8)));
        assertThat(pair.status()).as(pair.body()).isEqualTo(200);
    }

    @Test
    void repeatedKeysAreRefused() throws Exception {
        String rep = central.token("anna", "rep");
        String body = push(SyncPromises.promise("Northwind Traders", "Fleet analytics"));
        String outer = body.replaceFirst("\\{\"changes\"", "{\"changes\":[],\"changes\"");
        String inner = body.replaceFirst("\"title\":", "\"title\":\"first\",\"title\":");
        for (String repeated : List.of(outer, inner)) {
            RawHttp.Answer answer = RawHttp.post(central.port(), "/v1/push", rep, repeated.getBytes(StandardCharsets.UTF_8));
            assertError(answer, 400, "bad_request");
            assertThat(answer.body()).contains("twice");
        }
        assertThat(central.count("SELECT count(*) FROM promise")).isZero();
    }

    @Test
    void quantitiesHaveABoundAndTheTeamsBookingsNeverOverflow() throws Exception {
        String anna = central.token("anna", "rep");
        RawHttp.Answer refused = RawHttp.post(central.port(), "/v1/push", anna,
                pushOfLines("Northwind Traders", 2, Integer.MAX_VALUE));
        assertError(refused, 400, "bad_request");
        assertThat(refused.body()).contains("quantity").contains("1,000,000");
        // At the bound, 2,400 lines in one week sum past what an int holds; the sum is capped, never negative.
        for (int i = 0; i < 3; i++) {
            RawHttp.Answer ok = RawHttp.post(central.port(), "/v1/push", anna, pushOfLines("Customer " + i, 800, 1_000_000));
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        }
        Device bert = device("bert", central.token("bert", "rep"));
        var pulled = bert.client().pull(0, 1000);
        assertThat(pulled.bookings()).singleElement().satisfies(b -> assertThat(b.quantity()).isEqualTo(Integer.MAX_VALUE));
    }

    @Test
    void aCatalogWithAVeryLongLineIsRefusedNamingTheLine() throws Exception {
        String owner = central.token("carl", "catalog-owner");
        String sample = new String(getClass().getResourceAsStream("/com/promisedesk/sample/catalog.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        String catalog = "# " + "x".repeat(4 * 1024 * 1024) + "\n" + sample;
        String body = WireJson.mapper().writeValueAsString(java.util.Map.of("fileName", "catalog.yaml", "source", catalog));
        long start = System.nanoTime();
        RawHttp.Answer answer = RawHttp.post(central.port(), "/v1/catalog", owner, body.getBytes(StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertError(answer, 400, "bad_request");
        assertThat(answer.body()).contains("catalog.yaml").contains("line 1");
        assertThat(millis).as("answered in %d ms", millis).isLessThan(3_000);
        assertThat(central.count("SELECT count(*) FROM catalog_version")).isZero();
    }

    @Test
    void anotherRepsPromiseOrRequestIsAnsweredAsOneThatIsNotThere() throws Exception {
        String anna = central.token("anna", "rep");
        String bert = central.token("bert", "rep");
        String eve = central.token("eve", "approver:executive");
        Promise annas = SyncPromises.promise("Northwind Traders", "Fleet analytics");
        assertThat(RawHttp.post(central.port(), "/v1/push", anna, push(annas).getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        String request = "{\"requests\":[{\"id\":\"" + UUID.randomUUID() + "\",\"promiseId\":\"PROMISE\",\"line\":0,"
                + "\"requested\":{\"capability\":\"ONB-STD\",\"quantity\":1},\"tier\":1,\"approvers\":[\"sales-lead\"],"
                + "\"reason\":\"Go-live\",\"requestedAt\":\"2026-11-23T10:00:00Z\"}]}";
        assertThat(RawHttp.post(central.port(), "/v1/requests", anna, request.replace("PROMISE", annas.id().toString())
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        String annasRequest = request.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        String milestones = "{\"updates\":[{\"changeId\":\"" + UUID.randomUUID() + "\",\"milestoneId\":\""
                + UUID.randomUUID() + "\",\"promiseId\":\"PROMISE\",\"position\":1,\"text\":\"Kick-off\",\"due\":\"2026-12-01\","
                + "\"done\":false,\"updatedAt\":\"2026-11-23T10:00:00Z\"}]}";
        String missing = UUID.randomUUID().toString();
        for (String[] call : new String[][] {{"/v1/milestones", milestones, bert}, {"/v1/requests", request, bert},
            {"/v1/requests/ID/decision", "{\"decision\":\"APPROVED\"}", eve}}) {
            String path = call[0];
            RawHttp.Answer theirs = RawHttp.post(central.port(), path.replace("ID", annasRequest), call[2],
                    call[1].replace("PROMISE", annas.id().toString()).getBytes(StandardCharsets.UTF_8));
            RawHttp.Answer none = RawHttp.post(central.port(), path.replace("ID", missing), call[2],
                    call[1].replace("PROMISE", missing).getBytes(StandardCharsets.UTF_8));
            assertThat(theirs.status()).as(path + ": " + theirs.body()).isEqualTo(none.status()).isBetween(400, 499);
            assertThat(theirs.body().replace(annas.id().toString(), "X").replace(annasRequest, "X"))
                    .as(path).isEqualTo(none.body().replace(missing, "X")).contains("not found or not yours");
        }
        for (String list : new String[] {"/v1/revisions", "/v1/milestones"}) {
            RawHttp.Answer theirs = RawHttp.send(central.port(), "GET " + list + "?promise=" + annas.id()
                    + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + bert + "\r\nConnection: close", new byte[0], 10_000);
            assertThat(theirs.status()).as(list + ": " + theirs.body()).isEqualTo(200);
        }
        assertThat(central.count("SELECT count(*) FROM milestone")).isZero();
        assertThat(central.count("SELECT count(*) FROM exception_request")).isEqualTo(1);
    }

    static void assertError(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"error\":{\"code\":\"" + code + "\"")
                .doesNotContain("com.", "java.", "jackson", "Jackson", "Exception", "SQL", "Feature", "<html");
    }

    static String push(Promise promise) throws Exception {
        var json = WireJson.mapper();
        Change change = new Change(UUID.randomUUID(), List.of(), promise.id(), 0,
                json.readTree(PromiseFile.write(promise)), List.of());
        return json.writeValueAsString(new PushRequest(List.of(change)));
    }

    /** A push of {@code count} dated lines of {@code quantity} each, written as text: the domain refuses too many. */
    private static byte[] pushOfLines(String customer, int count, long quantity) throws Exception {
        Promise p = SyncPromises.promise(customer, "Many units");
        List<CommitmentLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(CommitmentLine.of("ONB-STD", 1, LocalDate.of(2026, 12, 15)));
        }
        Promise many = new Promise(p.id(), p.customer(), p.title(), p.start(), p.status(), lines, List.of(), List.of(),
                List.of());
        String body = push(many);
        assertThat(body).contains("\"quantity\":1,");
        return body.replace("\"quantity\":1,", "\"quantity\":" + quantity + ",").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaced(String text, String marker, byte[] with) {
        int at = text.indexOf(marker);
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(with);
        out.writeBytes(tail);
        return out.toByteArray();
    }
}
