package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.sync.wire.WireJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A stored document goes out as the same JSON a tree of it would write, strings and all. */
class StoredJsonTest {

    private final ObjectMapper json = WireJson.mapper();

    @Test
    void sendsWhatATreeOfTheStoredDocumentWouldSend() throws Exception {
        // Spaces, line breaks, tabs, quotes and backslashes inside text must come through as written.
        Promise promise = new Promise(UUID.randomUUID(), new Customer("Nord \"Wind\" \\ Traders", "EU  West", null),
                "Line one\nline two\twith  two spaces", LocalDate.of(2026, 11, 23), PromiseStatus.DRAFT,
                List.of(new CommitmentLine("SUP-PREM", null, 1, null, Map.of("responseHours", new BigDecimal("4.50")), null)),
                List.of(Expectation.open("Ends with a backslash \\", List.of(0))), List.of(), List.of());
        String stored = PromiseFile.write(promise);
        assertThat(stored).contains("\n  ");

        String sent = json.writeValueAsString(StoredJson.raw(json.getNodeFactory(), stored));

        assertThat(sent).isEqualTo(json.readTree(stored).toString()).doesNotContain("\n");
        JsonNode received = json.readTree(sent);
        assertThat(PromiseFile.parse(received, "promise")).isEqualTo(promise);
    }

    @Test
    void leavesTextAloneThatOnlyLooksLikeLayout() {
        assertThat(StoredJson.compact("{ \"a\" : [ 1 , \"x \\\" y\" ] ,\n\t\"b\\\\\": \" \" }"))
                .isEqualTo("{\"a\":[1,\"x \\\" y\"],\"b\\\\\":\" \"}");
    }
}
