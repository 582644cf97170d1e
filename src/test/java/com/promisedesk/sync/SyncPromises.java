package com.promisedesk.sync;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Promises for the sync tests. */
final class SyncPromises {

    private SyncPromises() {
    }

    static Promise promise(String customer, String title) {
        return new Promise(UUID.randomUUID(), new Customer(customer, "EU", null), title, LocalDate.of(2026, 11, 23),
                PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 1, LocalDate.of(2026, 12, 15)),
                        // A term written 4.50 must come back 4.50 from every device and the server.
                        new CommitmentLine("SUP-PREM", null, 1, null, Map.of("responseHours", new BigDecimal("4.50")), null)),
                List.of(Expectation.open("Live before the holiday freeze", List.of(0))), List.of(), List.of());
    }

    /** An agreed promise: one that takes milestones. */
    static Promise agreed(String customer, String title) {
        return promise(customer, title).withStatus(PromiseStatus.AGREED);
    }

    static Promise retitled(Promise p, String title) {
        return p.withTitle(title);
    }

    static Promise recustomered(Promise p, String customer) {
        return p.withCustomer(new Customer(customer, p.customer().region(), p.customer().contact()));
    }
}
