package com.promisedesk.ui.readback;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.check.PromiseChecker;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.editor.EditorViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last step of the read-back, without a screen: the customer confirms with their name, in their language. */
class ReadBackConfirmationTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T13:32:17Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDir;

    @Test
    void theCustomerConfirmsOnceNothingIsOpenAndTheStoreKeepsItForTheNextRevision() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            Catalog catalog = CurrentCatalog.loadOrImportSample(store);
            EditorViewModel editor = new EditorViewModel(Promise.draft(new Customer("Ostwind", "DE", null), "Rollout", START)
                    .withLanguage(Language.DE), JudgingInUse.fixed(catalog), store.promises(), Threads.inline(), START);
            editor.addCapabilityLine("FLEET-CORE");
            editor.addExpectation("Dashboards am ersten Tag");
            ReadBackViewModel readBack = new ReadBackViewModel(editor, catalog, new PromiseChecker(catalog), START,
                    store.confirmations(), CLOCK, Threads.inline());
            ReadBackConfirmation confirmation = readBack.confirmation();

            readBack.next();
            readBack.next();
            assertThat(readBack.confirmingProperty().get()).as("after the last item, the confirmation").isTrue();
            confirmation.confirm("Anna Berg");
            assertThat(confirmation.saidProperty().get())
                    .isEqualTo("Einige Punkte sind noch offen. Bitte gehen Sie diese mit uns durch, bevor Sie bestätigen.");
            readBack.previous();
            readBack.previous();
            assertThat(readBack.confirmingProperty().get()).isFalse();
            readBack.confirm();
            readBack.next();
            assertThat(readBack.confirmingProperty().get()).isTrue();

            confirmation.confirm("   ");
            assertThat(confirmation.saidProperty().get()).isEqualTo("Bitte geben Sie zuerst Ihren Namen ein.");
            confirmation.confirm("A".repeat(10_000));
            assertThat(confirmation.saidProperty().get()).isEqualTo("Bitte kürzen Sie den Namen auf höchstens 120 Zeichen.");
            assertThat(confirmation.confirmedProperty().get()).isFalse();
            assertThat(store.confirmations().pendingFor(editor.promiseProperty().get())).isEmpty();

            confirmation.confirm(" Anna\u202E Berg ");

            assertThat(confirmation.confirmedProperty().get()).isTrue();
            assertThat(confirmation.saidProperty().get()).isEqualTo("Bestätigt von Anna Berg am 5. Dezember 2026 um 14:32 Uhr."
                    + " Vielen Dank – dies steht auf Ihrer nächsten schriftlichen Zusammenfassung.");
            assertThat(store.confirmations().pendingFor(store.promises().find(editor.promiseProperty().get().id()).orElseThrow()))
                    .contains(new CustomerConfirmation("Anna Berg", OffsetDateTime.parse("2026-12-05T14:32+01:00")));
        }
    }
}
