package com.promisedesk.ui.readback;

import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.CustomerWords;
import com.promisedesk.store.CustomerConfirmations;
import com.promisedesk.ui.Threads;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The last step of the read-back: the customer types their name and confirms that what was read
 * back is what was agreed, at the time the app's clock gives. Recorded in the local store for the
 * promise as it was read back; the next revision issued carries it (docs/decisions/0023). Every
 * word here is in the customer's language, since the customer reads it.
 */
public final class ReadBackConfirmation {

    private final Supplier<Promise> promise;
    private final CustomerConfirmations confirmations;
    private final Clock clock;
    private final Threads threads;
    private final CustomerWords words;
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper(this, "said", "");
    private final ReadOnlyBooleanWrapper confirmed = new ReadOnlyBooleanWrapper(this, "confirmed", false);

    ReadBackConfirmation(Supplier<Promise> promise, CustomerConfirmations confirmations, Clock clock, Threads threads,
                         CustomerWords words) {
        this.promise = promise;
        this.confirmations = confirmations;
        this.clock = clock;
        this.threads = threads;
        this.words = words;
    }

    /**
     * Records the customer's confirmation under {@code typed}, their name; refused, with the reason in
     * their words, while a point is still open or without a name. Confirming again before the next
     * revision replaces the confirmation: the revision carries the last one.
     */
    public void confirm(String typed) {
        Promise heard = promise.get();
        if (heard.expectations().stream().anyMatch(e -> e.status() == ExpectationStatus.OPEN)) {
            refuse(words.text("readback.confirm.openFirst"));
            return;
        }
        CustomerConfirmation confirmation;
        try {
            confirmation = new CustomerConfirmation(typed, OffsetDateTime.now(clock));
        } catch (InvalidValueException e) {
            refuse(typed == null || typed.isBlank() ? words.text("readback.confirm.noName")
                    : words.format("readback.confirm.tooLong", CustomerConfirmation.MAX_NAME));
            return;
        }
        threads.load(() -> {
            confirmations.record(heard, confirmation);
            return confirmation;
        }, done -> {
            confirmed.set(true);
            said.set(words.format("readback.confirm.done", done.name(), words.date(done.at().toLocalDate()),
                    words.time(done.at(), null)));
        }, failure -> refuse(words.text("readback.confirm.failed"))); // Threads logs the failure itself.
    }

    private void refuse(String why) {
        confirmed.set(false);
        said.set(why);
    }

    /** What the step says after an attempt: "Confirmed by Anna Berg on …", or why it was not recorded. */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    /** Whether the last attempt was recorded. */
    public ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    /** The step's fixed words (heading, prompt, button) in the customer's language, by key. */
    public String label(String key) {
        return words.text(key);
    }
}
