package com.promisedesk.cli;

import com.promisedesk.desk.Deliveries;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.LineDelivery;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.MilestoneRow;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code promise delivery ID}: how an agreed promise is being kept, as the app's Delivery screen shows it. */
@Command(name = "delivery", description = {"Show the promise's status, each line's promised day and state (days late),",
    "its milestones and its delivery history."})
final class PromiseDelivery extends StoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
    String id;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
    PromiseCommand.Format format;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() throws Exception {
        LocalDate day = today.day(clock());
        Deliveries.Standing standing;
        Deliveries deliveries;
        try (LocalStore store = openStore()) {
            java.util.UUID uuid = Ids.promise(store, id, dataDir());
            Judging judging = CurrentCatalog.load(store).map(catalog -> Judging.of(store, catalog)).orElseThrow(() ->
                    new UserError("no catalog in " + dataDir() + " to date the promise's lines: run sync or catalog import first"));
            deliveries = Deliveries.of(store, judging);
            standing = deliveries.standing(uuid);
        }
        if (format == PromiseCommand.Format.json) {
            out().println(PromiseCommand.JSON.writeValueAsString(json(standing, deliveries, day)));
            return 0;
        }
        Promise promise = standing.promise();
        out().println(promise.customer().name() + " · " + promise.title() + "  " + standing.keeping().status().label());
        for (LineDelivery line : standing.keeping().lines()) {
            out().printf("%d  %s  %s  %s%n", line.line() + 1, line.promised() == null ? "no day" : line.promised(),
                    deliveries.what(promise, line.line()), Deliveries.state(line, day, LocalDate::toString));
        }
        if (!standing.milestones().isEmpty()) {
            out().println("Milestones:");
            for (MilestoneRow row : standing.milestones()) {
                out().printf("%d  %s  %s  %s%n", row.position(), row.milestone().done() ? "done" : "open",
                        row.milestone().due(), row.milestone().text());
            }
        }
        out().println(standing.history().isEmpty() ? "Nothing delivered yet" : "History:");
        for (DeliveryMark mark : standing.history()) {
            out().println(mark.recordedAt() + "  " + Deliveries.history(mark, LocalDate::toString));
        }
        return 0;
    }

    private static Map<String, Object> json(Deliveries.Standing standing, Deliveries deliveries, LocalDate day) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", standing.promise().id().toString());
        json.put("status", standing.keeping().status().name());
        json.put("outcome", standing.keeping().outcome().map(Enum::name).orElse(null));
        json.put("lines", standing.keeping().lines().stream().map(line -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("line", line.line() + 1);
            l.put("what", deliveries.what(standing.promise(), line.line()));
            l.put("promised", line.promised() == null ? null : line.promised().toString());
            l.put("state", line.cancelled() ? "CANCELLED" : !line.open() ? "DELIVERED" : line.overdue(day) ? "OVERDUE" : "OPEN");
            l.put("on", line.mark() == null ? null : line.mark().on().toString());
            l.put("daysLate", line.daysLate());
            l.put("reason", line.mark() == null ? null : line.mark().reason());
            return l;
        }).toList());
        json.put("milestones", standing.milestones().stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", row.position());
            m.put("text", row.milestone().text());
            m.put("due", row.milestone().due().toString());
            m.put("done", row.milestone().done());
            return m;
        }).toList());
        json.put("history", history(standing.history()));
        return json;
    }

    private static List<Map<String, Object>> history(List<DeliveryMark> marks) {
        return marks.stream().map(mark -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", mark.kind().name());
            m.put("line", mark.line() == null ? null : mark.line() + 1);
            m.put("on", mark.on().toString());
            m.put("reason", mark.reason());
            m.put("recordedAt", mark.recordedAt().toString());
            return m;
        }).toList();
    }
}
