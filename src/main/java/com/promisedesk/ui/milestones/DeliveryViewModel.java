package com.promisedesk.ui.milestones;

import com.promisedesk.check.DateText;
import com.promisedesk.check.Wording;
import com.promisedesk.desk.Deliveries;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.LineDelivery;
import com.promisedesk.domain.PromiseKeeping;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.ui.Threads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Delivery screen of one agreed promise: each line's promised day, state and days late,
 * its status and its delivery history; a line marked delivered (on the day typed, today unless
 * changed) or cancelled by us, the promise withdrawn by the customer (both with the reason
 * typed). Every mark is written in the background through {@link Deliveries} (mark, outbox
 * entry and new status in one transaction) and the screen is read back from the store.
 */
public final class DeliveryViewModel {

    /** One line as the screen shows it. */
    public record LineItem(int number, String what, String promised, String state, String daysLate, boolean late) {
    }

    private final Deliveries deliveries;
    private final UUID promiseId;
    private final Threads threads;
    private final Clock clock;
    private final ObservableList<LineItem> lines = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty on = new SimpleStringProperty(this, "on", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    /** @param clock the app's clock: today, the day a mark defaults to and overdue is counted by */
    public DeliveryViewModel(Deliveries deliveries, UUID promiseId, Threads threads, Clock clock) {
        this.deliveries = deliveries;
        this.promiseId = promiseId;
        this.threads = threads;
        this.clock = clock;
        on.set(today().toString());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads the promise's lines, status and history again. */
    public void refresh() {
        LocalDate today = today();
        threads.load(() -> deliveries.standing(promiseId), standing -> show(standing, today),
                failure -> message.set("Could not read the delivery: " + FailureWords.describe(failure)));
    }

    /** Line {@code number} (from 1) delivered on the day in the date field. */
    public void deliver(int number) {
        mark(day -> DeliveryMark.delivered(number - 1, day, clock.instant()), "Line " + number + " delivered");
    }

    /** Line {@code number} (from 1) cancelled by us, for the reason typed. */
    public void cancel(int number) {
        mark(day -> DeliveryMark.cancelled(number - 1, day, reason.get(), clock.instant()), "Line " + number + " cancelled");
    }

    /** The promise withdrawn by the customer, for the reason typed. */
    public void withdraw() {
        mark(day -> DeliveryMark.withdrawn(day, reason.get(), clock.instant()), "Withdrawn by the customer");
    }

    private void mark(Function<LocalDate, DeliveryMark> making, String done) {
        LocalDate day = DateText.parse(on.get()).orElse(null);
        if (day == null) {
            message.set("Write the day it happened as " + DateText.FORMS);
            return;
        }
        LocalDate today = today();
        threads.load(() -> {
            try {
                PromiseKeeping keeping = deliveries.record(promiseId, making.apply(day), today);
                return new Outcome(deliveries.standing(promiseId), keeping, null);
            } catch (InvalidValueException refused) {
                return new Outcome(null, null, words(refused));  // a rule the rep can act on, not a fault
            }
        }, outcome -> {
            if (outcome.refused() != null) {
                message.set("Not recorded: " + outcome.refused());
                return;
            }
            show(outcome.standing(), today);
            reason.set("");
            message.set(done + "; the promise is " + outcome.keeping().status().label().toLowerCase(java.util.Locale.ROOT)
                    + " (it goes up with the next sync)");
        }, failure -> message.set("Could not record it: " + FailureWords.describe(failure)));
    }

    /** The refusal in the screen's words: the field named as the rep sees it. */
    private static String words(InvalidValueException refused) {
        return switch (refused.field()) {
            case "on" -> "the day " + refused.why();
            case "reason" -> "a reason " + refused.why();
            case "line" -> refused.why();
            default -> refused.why();
        };
    }

    private record Outcome(Deliveries.Standing standing, PromiseKeeping keeping, String refused) {
    }

    private void show(Deliveries.Standing standing, LocalDate today) {
        PromiseKeeping keeping = standing.keeping();
        List<LineItem> shown = keeping.lines().stream().map(line -> item(standing, line, today)).toList();
        lines.setAll(shown);
        List<String> newestFirst = new java.util.ArrayList<>(standing.history().stream().map(DeliveryViewModel::historyLine).toList());
        java.util.Collections.reverse(newestFirst);
        history.setAll(newestFirst);
        long resolved = keeping.lines().stream().filter(l -> !l.open()).count();
        status.set(keeping.status().label() + "  ·  " + resolved + " of " + Wording.count(keeping.lines().size(), "line", "lines")
                + " delivered or cancelled" + (keeping.lines().stream().anyMatch(LineDelivery::late)
                ? "  ·  " + keeping.lines().stream().filter(LineDelivery::late).count() + " late" : ""));
    }

    private LineItem item(Deliveries.Standing standing, LineDelivery line, LocalDate today) {
        return new LineItem(line.line() + 1, deliveries.what(standing.promise(), line.line()),
                line.promised() == null ? "no day" : Wording.date(line.promised()),
                // The reason of a cancelled line is in the history; the table keeps to what and when.
                line.cancelled() ? "cancelled " + Wording.date(line.mark().on()) : Deliveries.state(line, today, Wording::date),
                line.late() ? String.valueOf(line.daysLate()) : "",
                line.late() || line.cancelled() || line.overdue(today));
    }

    private static String historyLine(DeliveryMark mark) {
        String words = Deliveries.history(mark, Wording::date);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public ObservableList<LineItem> lines() {
        return lines;
    }

    /** The history, newest first. */
    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringProperty onProperty() {
        return on;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
