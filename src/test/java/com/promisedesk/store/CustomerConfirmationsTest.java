package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.Customer;
import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.RevisionRepository.RevisionContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer's confirmation in the local store: it waits for the next revision, which carries it
 * in its own transaction, and from then on it is what it was.
 */
class CustomerConfirmationsTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 5, 14, 32, 0, 0, ZoneOffset.ofHours(1));
    private static final CustomerConfirmation ANNA = new CustomerConfirmation("Anna Berg", AT);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Promise promise;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        promise = Promise.draft(new Customer("Northwind Traders", "EU", null), "Fleet", LocalDate.of(2026, 11, 30));
        store.promises().save(promise);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RevisionRepository.IssueOutcome issue(CustomerConfirmation carried) {
        return store.revisions().issueUnlessSaid(promise.id(), "c".repeat(64), carried,
                n -> new RevisionContent("txt", "a".repeat(64), ("revision " + n).getBytes(StandardCharsets.UTF_8)));
    }

    private void sql(String statement) {
        store.transactions().write("tamper", connection -> {
            try (Statement s = connection.createStatement()) {
                return s.executeUpdate(statement);
            }
        });
    }

    @Test
    void aConfirmationWaitsForTheNextRevisionAndSurvivesTheAppClosing() {
        store.confirmations().record(promise, new CustomerConfirmation("Anne Berg", AT.minusMinutes(5)));
        store.confirmations().record(promise, ANNA);
        store.close();
        store = LocalStore.open(dataDir);

        assertThat(store.confirmations().pendingFor(promise)).as("the last one given replaces the one before").contains(ANNA);
        assertThat(store.confirmations().pendingFor(promise.withStatus(PromiseStatus.READ_BACK)))
                .as("its status is not what the customer heard").contains(ANNA);
        assertThat(store.confirmations().pendingFor(promise.withTitle("Fleet, phase 2")))
                .as("given for the promise as it was read back, not as it has become").isEmpty();
    }

    @Test
    void theRevisionIssuedNextCarriesItAndItCanNeverBeChangedAfterwards() {
        store.confirmations().record(promise, ANNA);

        int number = issue(ANNA).issued().orElseThrow().revision().number();

        assertThat(store.confirmations().carriedBy(promise.id(), number)).contains(ANNA);
        assertThat(store.confirmations().pendingFor(promise)).isEmpty();
        assertThatThrownBy(() -> sql("UPDATE customer_confirmation SET name = 'Someone Else'"))
                .isInstanceOf(StoreException.class).hasMessageContaining("kept as they gave it");
        assertThatThrownBy(() -> sql("UPDATE customer_confirmation SET revision = NULL"))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> sql("DELETE FROM customer_confirmation")).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be removed");

        CustomerConfirmation later = new CustomerConfirmation("Anna Berg-Lund", AT.plusDays(3));
        store.confirmations().record(promise, later);
        assertThat(store.confirmations().carriedBy(promise.id(), number)).as("a new read-back goes with a later revision")
                .contains(ANNA);
        assertThat(store.confirmations().pendingFor(promise)).contains(later);
        int next = issue(later).issued().orElseThrow().revision().number();
        assertThat(store.confirmations().carriedBy(promise.id(), next)).contains(later);
        assertThat(store.confirmations().carriedBy(promise.id(), number)).contains(ANNA);
    }

    @Test
    void aRevisionCannotCarryAConfirmationThatIsNotTheOneWaiting() {
        store.confirmations().record(promise, ANNA);

        assertThatThrownBy(() -> issue(new CustomerConfirmation("Anna Berg", AT.plusMinutes(1))))
                .isInstanceOf(StoreException.class).hasMessageContaining("replaced by a newer read-back");

        assertThat(store.revisions().list(promise.id())).as("nothing of that issue was written").isEmpty();
        assertThat(store.confirmations().pendingFor(promise)).contains(ANNA);
    }

    @Test
    void withAConfirmationARevisionIsIssuedEvenWhenTheSummarySaysTheSame() {
        assertThat(issue(null).issued()).isPresent();
        assertThat(issue(null).unchangedSince()).contains(1);
        store.confirmations().record(promise, ANNA);

        assertThat(issue(ANNA).issued()).map(r -> r.revision().number()).contains(2);
    }
}
