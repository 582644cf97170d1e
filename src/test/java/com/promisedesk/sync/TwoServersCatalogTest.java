package com.promisedesk.sync;

import static com.promisedesk.sync.SyncPromises.retitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.sync.wire.PublishResponse;
import com.promisedesk.sync.wire.PullResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The catalog across two servers on one PostgreSQL: each server keeps the latest catalog parsed
 * in memory (every push dates undated lines with it), so that copy must give way at once to a
 * catalog the other server published; and the catalog owner's publish retried through the other
 * server while the first is still storing it is answered "already published", not a failure.
 */
class TwoServersCatalogTest extends TwoServers {

    private static final String ONB_STD_LEAD = "leadTime: { standard: 15, stretch: [ { tier: 1, min: 10 }, { tier: 3, min: 7 } ] }";

    private String sampleCatalog() throws Exception {
        return new String(getClass().getResourceAsStream("/com/promisedesk/sample/catalog.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aCatalogPublishedOnOneServerIsTheOneTheOtherDatesAndServesAtOnce() throws Exception {
        String v1 = sampleCatalog();
        assertThat(v1).contains("version: \"2026.11.2\"", ONB_STD_LEAD);
        // The next version gives ONB-STD 20 business days instead of 15.
        String v2 = v1.replace("version: \"2026.11.2\"", "version: \"2026.12.1\"")
                .replace(ONB_STD_LEAD, "leadTime: { standard: 20, stretch: [ { tier: 1, min: 10 } ] }");
        String owner = central.token("carl", "catalog-owner");
        Device ownerOnA = device("owner-a", owner);
        Device ownerOnB = deviceOn("owner-b", owner, urlB());
        ownerOnA.client().publish("catalog.yaml", v1);

        Device anna = deviceOn("anna", central.token("anna", "rep"), urlB());
        Device ben = device("ben", central.token("ben", "rep"));
        LocalDate start = LocalDate.of(2026, 11, 23);
        LocalDate fifteenDays = LocalDate.of(2026, 12, 14);
        LocalDate twentyDays = LocalDate.of(2026, 12, 21);
        Promise rollout = new Promise(UUID.randomUUID(), new Customer("Northwind Traders", "EU", null), "Rollout",
                start, PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 1, null)), List.of(), List.of(),
                List.of());
        anna.save(rollout);
        anna.sync();  // server B has now read catalog 2026.11.2 and keeps it parsed
        ben.sync();
        assertThat(ben.store().sync().teamBookings().current().booked("ONB-STD", fifteenDays)).isEqualTo(1);

        ownerOnA.client().publish("catalog.yaml", v2);

        // B serves the new catalog at once, and dates the next push with it.
        PullResponse fromB = ownerOnB.client().pull(0, 100);
        assertThat(fromB.catalogs()).extracting(c -> c.version()).containsExactly("2026.11.2", "2026.12.1");
        anna.save(retitled(rollout, "Rollout, phase 1"));
        assertThat(anna.sync().newCatalogs()).containsExactly("2026.12.1");
        ben.pointAt(urlB());
        ben.sync();
        TeamBookings seenByBen = ben.store().sync().teamBookings().current();
        assertThat(seenByBen.booked("ONB-STD", twentyDays)).as("dated by the catalog published on A").isEqualTo(1);
        assertThat(seenByBen.booked("ONB-STD", fifteenDays)).isZero();

        // B knows what A published: the same again changes nothing, other text under that version is refused.
        assertThat(ownerOnB.client().publish("catalog.yaml", v2).created()).isFalse();
        assertThatThrownBy(() -> ownerOnB.client().publish("catalog.yaml", v2 + "\n# edited\n"))
                .hasMessageContaining("already published");
    }

    @Test
    void theSameCatalogPublishedThroughBothServersAtOnceIsStoredOnceAndBothAnswersSaySo() throws Exception {
        String v1 = sampleCatalog();
        Device ownerOnB = deviceOn("owner-b", central.token("carl", "catalog-owner"), urlB());
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Server A's publish of 2026.11.2, caught between its insert and its commit.
            Future<Object> onA = pool.submit(() -> central.database().write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("UPDATE sync_counter SET value = value + 1 WHERE name = 'feed'");
                }
                try (var insert = connection.prepareStatement("INSERT INTO catalog_version (version, file_name,"
                        + " source_text, capabilities, published_by, published_at, seq) VALUES ('2026.11.2',"
                        + " 'catalog.yaml', ?, 62, 'carl', '2026-12-05T10:00:00.000000Z',"
                        + " (SELECT value FROM sync_counter WHERE name = 'feed'))")) {
                    insert.setString(1, v1);
                    insert.executeUpdate();
                }
                inserted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            inserted.await();
            Future<PublishResponse> onB = pool.submit(() -> ownerOnB.client().publish("catalog.yaml", v1));
            while (central.count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'") == 0) {
                Thread.sleep(20);  // until B's publish waits for A's row
            }
            release.countDown();
            onA.get();
            assertThat(onB.get().created()).as("already published, by A").isFalse();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(central.count("SELECT count(*) FROM catalog_version")).isEqualTo(1);
        new ServerTables(central.database()).assertConsistent();
    }
}
