package com.promisedesk.ui.today;

import com.promisedesk.desk.Today;
import com.promisedesk.desk.TodayDesk;
import com.promisedesk.desk.TodayWords;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.Judging;
import com.promisedesk.ui.Threads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Today screen: the desk's {@link Today} as rows under their section headings, read in the
 * background; each row knows the place to act on it ({@link Places}).
 */
public final class TodayViewModel {

    /** Where a row takes the rep; the shell opens the screens. */
    public interface Places {
        /** The promise's editor. */
        void promise(UUID promiseId);

        /** The promise's delivery: its lines and milestones. */
        void delivery(UUID promiseId);

        /** The Approvals screen. */
        void approvals();

        /**
         * A customer notice about the promise at risk, from its reasons. Hook for the customer notice;
         * until it exists, the promise's editor.
         */
        default void draftNotice(UUID promiseId, List<RiskReason> reasons) {
            promise(promiseId);
        }
    }

    /** What a row is: a section's heading, the words of an empty section, or something to act on. */
    public enum Kind { HEADING, NOTHING, ITEM }

    /**
     * One row: {@code chip} in words (its {@code tone} only reinforces it: "overdue", "due", "risk",
     * "approved", "rejected", "update", "touch"), the text and a muted detail; {@code open} goes to
     * the place to act, null for headings.
     */
    public record Row(Kind kind, String chip, String tone, String text, String detail, String action, Runnable open) {
        static Row heading(String text) {
            return new Row(Kind.HEADING, null, null, text, null, null, null);
        }

        static Row nothing(String text) {
            return new Row(Kind.NOTHING, null, null, text, null, null, null);
        }
    }

    private final TodayDesk desk;
    private final Supplier<Judging> judging;
    private final Threads threads;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Today");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Reading your day…");
    private Places places;
    private Consumer<Today> shown = today -> { };

    public TodayViewModel(TodayDesk desk, Supplier<Judging> judging, Threads threads, Clock clock) {
        this.desk = desk;
        this.judging = judging;
        this.threads = threads;
        this.clock = clock;
    }

    public void setPlaces(Places newPlaces) {
        this.places = newPlaces;
    }

    /** Called with each day once its rows are set (the benchmark times this). */
    public void setShown(Consumer<Today> newShown) {
        this.shown = newShown;
    }

    /** Reads the day again: at start-up, on showing the screen, after a sync. */
    public void refresh() {
        Judging now = judging.get();
        LocalDate day = LocalDate.now(clock);
        // The rows' words are made with the day, off the FX thread: thousands of them with a thousand promises.
        threads.load(() -> {
            Today today = desk.load(now, day);
            return new Read(today, rowsOf(today));
        }, read -> {
            heading.set(TodayWords.heading(read.today()));
            rows.setAll(read.rows());
            message.set("");
            shown.accept(read.today());
        }, failure -> message.set("Could not read your day: " + FailureWords.describe(failure)));
    }

    /** A day read and its rows. */
    private record Read(Today today, List<Row> rows) {
    }

    List<Row> rowsOf(Today today) {
        RowList list = new RowList();
        list.section(TodayWords.dueHeading(today), "due", today.due().stream().map(d -> new Row(Kind.ITEM,
                d.overdue() ? "Overdue" : "Due", d.overdue() ? "overdue" : "due", d.what(),
                TodayWords.promise(d.customer(), d.title()) + " · " + TodayWords.when(d),
                d.kind() == Today.DueKind.RESPONSIBILITY ? "Open the promise" : "Open its delivery",
                d.kind() == Today.DueKind.RESPONSIBILITY ? () -> places.promise(d.promiseId())
                        : () -> places.delivery(d.promiseId()))).toList());
        list.section(TodayWords.atRiskHeading(today), "atRisk", today.atRisk().stream().map(p -> new Row(Kind.ITEM,
                "At risk", "risk", TodayWords.promise(p.customer(), p.title()),
                p.reasons().stream().map(RiskReason::words).collect(Collectors.joining("\n")), "Open the promise",
                () -> places.promise(p.promiseId()))).toList());
        list.section(TodayWords.decisionsHeading(today), "decisions", today.decisions().stream().map(d -> new Row(Kind.ITEM,
                d.approved() ? "Approved" : "Rejected", d.approved() ? "approved" : "rejected",
                TodayWords.decidedLine(d, clock.getZone()), null, "Open Approvals", () -> places.approvals())).toList());
        list.section(TodayWords.toUpdateHeading(today), "toUpdate", today.toUpdate().stream().map(u -> new Row(Kind.ITEM,
                "Update", "update", TodayWords.toUpdate(u), null, "Draft a notice",
                () -> places.draftNotice(u.promiseId(), reasonsOf(today, u.promiseId())))).toList());
        list.section(TodayWords.touchesHeading(today), "touches", today.touches().stream().map(t -> new Row(Kind.ITEM,
                touchChip(t.kind()), "touch", t.words(), null, "Open the promise",
                () -> places.promise(t.promiseId()))).toList());
        return list.rows;
    }

    private static List<RiskReason> reasonsOf(Today today, UUID promiseId) {
        return today.atRisk().stream().filter(p -> p.promiseId().equals(promiseId)).findFirst()
                .map(Today.AtRisk::reasons).orElse(List.of());
    }

    private static String touchChip(Today.TouchKind kind) {
        return switch (kind) {
            case THANK_YOU -> "Thank-you";
            case REPEAT_CUSTOMER -> "Repeat customer";
            case ANNIVERSARY -> "Anniversary";
        };
    }

    /** Enter or a double click on {@code row}: its place to act; nothing for a heading. */
    public void open(Row row) {
        if (row != null && row.open() != null && places != null) {
            row.open().run();
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private static final class RowList {
        private final List<Row> rows = new java.util.ArrayList<>();

        void section(String heading, String name, List<Row> items) {
            rows.add(Row.heading(heading));
            if (items.isEmpty()) {
                rows.add(Row.nothing(TodayWords.nothing(name)));
            }
            rows.addAll(items);
        }
    }
}
