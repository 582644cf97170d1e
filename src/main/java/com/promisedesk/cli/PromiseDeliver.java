package com.promisedesk.cli;

import com.promisedesk.desk.Deliveries;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseKeeping;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code promise deliver|cancel-line|withdraw}: a delivery mark on an agreed promise, kept as
 * history (never edited) and sent up with the next sync; the promise's status follows (decision 0024).
 */
final class PromiseDeliver {

    private PromiseDeliver() {
    }

    @Command(name = "deliver", description = "Mark line N of an agreed promise delivered (on --on, default today);"
            + " a later mark of the line replaces it, both kept.")
    static final class Deliver extends Mark {

        @Parameters(index = "1", paramLabel = "LINE", description = "The line, counted from 1 as check prints it.")
        int line;

        @Override
        DeliveryMark mark(LocalDate on, Instant now) {
            return DeliveryMark.delivered(line - 1, on, now);
        }

        @Override
        Integer line() {
            return line;
        }
    }

    @Command(name = "cancel-line", description = "Mark line N cancelled by us (we will not deliver it): the promise"
            + " is broken.")
    static final class CancelLine extends Mark {

        @Parameters(index = "1", paramLabel = "LINE", description = "The line, counted from 1 as check prints it.")
        int line;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, as the customer will be told.")
        String reason;

        @Override
        DeliveryMark mark(LocalDate on, Instant now) {
            return DeliveryMark.cancelled(line - 1, on, reason, now);
        }

        @Override
        Integer line() {
            return line;
        }
    }

    @Command(name = "withdraw", description = "Mark the agreed promise withdrawn by the customer.")
    static final class Withdraw extends Mark {

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the customer withdrew.")
        String reason;

        @Override
        DeliveryMark mark(LocalDate on, Instant now) {
            return DeliveryMark.withdrawn(on, reason, now);
        }

        @Override
        Integer line() {
            return null;
        }
    }

    abstract static class Mark extends StoreCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
        String id;

        @Option(names = "--on", paramLabel = "DATE", description = "The day it happened, never after today:"
                + " 2026-12-21, 21 Dec 2026, 21.12.2026 or 21/12/2026 (default: today by the local clock).")
        LocalDate on;

        abstract DeliveryMark mark(LocalDate on, Instant now);

        /** The line counted from 1, or null for the whole promise. */
        abstract Integer line();

        @Override
        public Integer call() {
            LocalDate today = LocalDate.now(clock());
            try (LocalStore store = openStore()) {
                Promise promise = store.promises().find(Ids.promise(store, id, dataDir()))
                        .orElseThrow(() -> new UserError("No promise " + id + " in " + dataDir()));
                if (line() != null && (line() < 1 || line() > promise.lines().size())) {
                    throw UserError.usage("LINE must be between 1 and " + promise.lines().size()
                            + " (the promise's lines), was " + line());
                }
                Deliveries deliveries = Deliveries.of(store, judging(store));
                PromiseKeeping keeping;
                try {
                    keeping = deliveries.record(promise.id(), mark(on != null ? on : today, clock().instant()), today);
                } catch (InvalidValueException refused) {
                    throw new UserError(refusal(refused, promise));
                }
                out().println(said(keeping, deliveries, promise) + "; the promise is " + keeping.status().label()
                        .toLowerCase(java.util.Locale.ROOT) + " (it goes up with the next sync)");
            }
            return 0;
        }

        private String said(PromiseKeeping keeping, Deliveries deliveries, Promise promise) {
            if (line() == null) {
                return "Promise " + promise.id() + " withdrawn by the customer";
            }
            int index = line() - 1;
            return "Line " + line() + " (" + deliveries.what(promise, index) + ") "
                    + Deliveries.state(keeping.lines().get(index), LocalDate.now(clock()), LocalDate::toString);
        }

        private Judging judging(LocalStore store) {
            return CurrentCatalog.load(store).map(catalog -> Judging.of(store, catalog)).orElseThrow(() -> new UserError(
                    "no catalog in " + dataDir() + " to date the promise's lines: run sync or catalog import first"));
        }
    }

    /** Why a mark was refused, naming the option or argument the user gave. */
    static String refusal(InvalidValueException refused, Promise promise) {
        return switch (refused.field()) {
            case "on" -> "--on " + refused.why();
            case "reason" -> "--reason " + refused.why();
            case "line" -> "LINE: " + refused.why();
            default -> "promise " + promise.id() + ": " + refused.why();
        };
    }
}
