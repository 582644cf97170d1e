package com.promisedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise-keeping record from a real store whose promises were kept on time, kept late,
 * broken and withdrawn through the delivery marks, per customer and for the rep, over a period.
 */
class PromiseRecordsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dataDir;

    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private UUID agreed(String customer) {
        Promise promise = new Promise(UUID.randomUUID(), new Customer(customer, "EU", null), "Fleet", DUE.minusDays(30),
                PromiseStatus.AGREED, DUE.minusDays(30), List.of(CommitmentLine.bespoke("Workshop", DUE),
                CommitmentLine.bespoke("ERP export", DUE)), List.of(), List.of(), List.of());
        store.promises().save(promise);
        return promise.id();
    }

    private void mark(UUID id, DeliveryMark mark) {
        store.deliveries().record(id, mark, p -> List.of(DUE, DUE), DUE.plusDays(60));
    }

    private void deliverBoth(UUID id, LocalDate first, LocalDate second) {
        mark(id, DeliveryMark.delivered(0, first, T));
        mark(id, DeliveryMark.delivered(1, second, T.plusSeconds(1)));
    }

    @Test
    void countsKeptLateBrokenAndWithdrawnPerCustomerAndForTheRep() {
        deliverBoth(agreed("Northwind Traders"), DUE, DUE.minusDays(1));            // kept on time, ended 1 Dec
        deliverBoth(agreed("Northwind Traders"), DUE, DUE.plusDays(3));             // late, ended 4 Dec
        UUID broken = agreed("northwind traders ");                                   // same customer, typed otherwise
        mark(broken, DeliveryMark.delivered(0, DUE, T));
        mark(broken, DeliveryMark.cancelled(1, DUE.plusDays(5), "the export module was retired", T.plusSeconds(1)));
        mark(agreed("Ostwind Logistik"), DeliveryMark.withdrawn(DUE.plusDays(10), "budget cut", T));
        deliverBoth(agreed("Ostwind Logistik"), DUE.plusDays(20), DUE.plusDays(20)); // late, ended 21 Dec
        UUID open = agreed("Ostwind Logistik");                                       // still in delivery: not counted
        mark(open, DeliveryMark.delivered(0, DUE, T));

        PromiseRecords records = PromiseRecords.of(store);

        assertThat(records.overall(null, null)).isEqualTo(new KeepingRecord(1, 2, 1, 1));
        assertThat(records.ofCustomer("NORTHWIND TRADERS", null, null)).isEqualTo(new KeepingRecord(1, 1, 1, 0));
        assertThat(records.ofCustomer("Northwind Traders", null, null).words()).isEqualTo("1 of 3 kept (33%)");
        assertThat(records.perCustomer(null, null)).containsOnlyKeys("Northwind Traders", "Ostwind Logistik");
        assertThat(records.perCustomer(null, null).get("Ostwind Logistik")).isEqualTo(new KeepingRecord(0, 1, 0, 1));
        // Over a period: by the day each promise ended (its last mark's day), both ends included.
        assertThat(records.overall(DUE.plusDays(3), DUE.plusDays(10))).isEqualTo(new KeepingRecord(0, 1, 1, 1));
        assertThat(records.overall(null, DUE)).isEqualTo(new KeepingRecord(1, 0, 0, 0));
        assertThat(records.overall(DUE.plusDays(11), null).shareKept()).hasValue(0.0);
    }

    @Test
    void aPromiseWithdrawnBeforeItWasAgreedIsNoPartOfTheRecord() {
        Promise draft = Promise.draft(new Customer("Northwind Traders", "EU", null), "Fleet", DUE)
                .withStatus(PromiseStatus.WITHDRAWN);
        store.promises().save(draft);

        PromiseRecords records = PromiseRecords.of(store);

        assertThat(records.overall(null, null).ended()).isZero();
        assertThat(records.overall(null, null).words()).isEqualTo("no promise ended yet");
        assertThat(records.knows("Northwind Traders")).isFalse();
    }

    @Test
    void aWithdrawalIsNeitherKeptNorBrokenInTheShare() {
        assertThat(new KeepingRecord(3, 0, 1, 5).shareKept()).hasValue(0.75);
        assertThat(new KeepingRecord(3, 0, 1, 5).words()).isEqualTo("3 of 4 kept (75%)");
        assertThat(new KeepingRecord(0, 0, 0, 2).shareKept()).isEmpty();
        assertThat(new KeepingRecord(0, 0, 0, 2).words()).isEqualTo("2 withdrawn");
    }
}
