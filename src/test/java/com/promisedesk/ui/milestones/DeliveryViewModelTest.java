package com.promisedesk.ui.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.desk.Deliveries;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Delivery screen's state from a real store: marks refused with the rule in words write nothing. */
class DeliveryViewModelTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private DeliveryViewModel model;
    private final UUID id = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        Judging judging = Judging.of(store, CurrentCatalog.loadOrImportSample(store));
        store.promises().save(new Promise(id, new Customer("Northwind Traders", "EU", null), "Fleet", DEC_1.minusDays(8),
                PromiseStatus.AGREED, DEC_1.minusDays(10), List.of(CommitmentLine.of("FLEET-CORE", 40, DEC_1),
                CommitmentLine.bespoke("ERP export", DEC_1.plusDays(20))), List.of(), List.of(), List.of()));
        model = new DeliveryViewModel(Deliveries.of(store, judging), id, Threads.inline(), CLOCK);
        model.refresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsEachLinesPromisedDayAndStateAndRecordsAMark() {
        assertThat(model.lines()).extracting(DeliveryViewModel.LineItem::promised, DeliveryViewModel.LineItem::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tue 1 Dec 2026", "overdue by 9 days"),
                        org.assertj.core.groups.Tuple.tuple("Mon 21 Dec 2026", "to deliver"));
        assertThat(model.onProperty().get()).as("today unless changed").isEqualTo("2026-12-10");

        model.deliver(1);

        assertThat(model.lines().get(0).state()).isEqualTo("delivered Thu 10 Dec 2026, 9 days late");
        assertThat(model.statusProperty().get()).startsWith("In delivery");
        assertThat(model.history()).containsExactly("Line 1 delivered Thu 10 Dec 2026");
    }

    @Test
    void aRefusedMarkSaysWhyAndWritesNothing() {
        model.cancel(2);
        assertThat(model.messageProperty().get()).contains("a reason is required when a line is cancelled");
        model.onProperty().set("2026-12-11");
        model.deliver(2);
        assertThat(model.messageProperty().get()).contains("the day 2026-12-11 is in the future");
        model.onProperty().set("soon");
        model.withdraw();
        assertThat(model.messageProperty().get()).contains("Write the day it happened as");
        assertThat(store.deliveries().marksOf(id)).isEmpty();
        assertThat(store.promises().find(id).orElseThrow().status()).isEqualTo(PromiseStatus.AGREED);
    }
}
