package com.promisedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.promisedesk.desk.Today;
import com.promisedesk.desk.TodayDesk;
import com.promisedesk.desk.TodayWords;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code promisedesk today}: the app's Today view on the command line, from the same desk. */
@Command(name = "today", description = {"What is due or overdue this week, the promises at risk and why, approval",
    "decisions since you last looked, customers to update, and relationship touches (reminders, not promises)."})
final class TodayCommand extends StoreCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
    PromiseCommand.Format format;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() throws Exception {
        if (!LocalStore.exists(dataDir())) {
            throw UserError.usage("there is no local store in " + dataDir() + ": open the app or run sync first");
        }
        Today day;
        ZoneId zone = clock().getZone();
        try (LocalStore store = openStore()) {
            Judging judging = CurrentCatalog.load(store).map(catalog -> Judging.of(store, catalog))
                    .orElseThrow(() -> new UserError("the local store in " + dataDir()
                            + " has no catalog to judge the promises against: run sync or catalog import"));
            day = new TodayDesk(store, TodayDesk.NoticesSent.of(store, zone), zone).load(judging, this.today.day(clock()));
        }
        if (format == PromiseCommand.Format.json) {
            out().println(JSON.writeValueAsString(json(day)));
        } else {
            text(day, zone, out());
        }
        return 0;
    }

    private static void text(Today day, ZoneId zone, PrintWriter out) {
        out.println(TodayWords.heading(day));
        section(out, TodayWords.dueHeading(day), "due", day.due().stream().map(d -> TodayWords.when(d) + "  "
                + TodayWords.promise(d.customer(), d.title()) + "  " + d.what()).toList());
        out.println();
        out.println(TodayWords.atRiskHeading(day));
        if (day.atRisk().isEmpty()) {
            out.println("  " + TodayWords.nothing("atRisk"));
        }
        for (Today.AtRisk promise : day.atRisk()) {
            out.println("  " + TodayWords.promise(promise.customer(), promise.title()) + "  (" + promise.promiseId() + ")");
            promise.reasons().forEach(r -> out.println("    - " + r.words()));
        }
        section(out, TodayWords.decisionsHeading(day), "decisions",
                day.decisions().stream().map(d -> TodayWords.decision(d, zone)).toList());
        section(out, TodayWords.toUpdateHeading(day), "toUpdate", day.toUpdate().stream().map(TodayWords::toUpdate).toList());
        section(out, TodayWords.touchesHeading(day), "touches", day.touches().stream().map(Today.Touch::words).toList());
    }

    private static void section(PrintWriter out, String heading, String name, List<String> rows) {
        out.println();
        out.println(heading);
        if (rows.isEmpty()) {
            out.println("  " + TodayWords.nothing(name));
        }
        rows.forEach(row -> out.println("  " + row));
    }

    /** Lines, milestones and responsibilities count from 1 here, as a person reads them (README, "JSON output"). */
    private static Map<String, Object> json(Today day) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("day", day.day().toString());
        root.put("weekEnd", day.weekEnd().toString());
        root.put("due", day.due().stream().map(d -> object("kind", d.kind().name(), "promise", d.promiseId().toString(),
                "customer", d.customer(), "title", d.title(),
                "number", d.kind() == Today.DueKind.MILESTONE ? d.position() : d.position() + 1,
                "what", d.what(), "day", d.day().toString(), "overdue", d.overdue())).toList());
        root.put("atRisk", day.atRisk().stream().map(p -> object("promise", p.promiseId().toString(),
                "customer", p.customer(), "title", p.title(),
                "reasons", p.reasons().stream().map(TodayCommand::reason).toList())).toList());
        root.put("decisions", day.decisions().stream().map(d -> object("request", d.requestId().toString(),
                "promise", d.promiseId().toString(), "customer", d.customer(), "title", d.title(), "line", d.line() + 1,
                "decision", d.approved() ? "APPROVED" : "REJECTED", "decidedAt", d.decidedAt().toString())).toList());
        root.put("customersToUpdate", day.toUpdate().stream().map(u -> object("promise", u.promiseId().toString(),
                "customer", u.customer(), "title", u.title(), "since", u.since().toString(), "reasons", u.reasons(),
                "lastNotice", u.lastNotice() == null ? null : u.lastNotice().toString())).toList());
        root.put("touches", day.touches().stream().map(t -> object("kind", t.kind().name(),
                "promise", t.promiseId().toString(), "customer", t.customer(), "words", t.words(),
                "day", t.day().toString())).toList());
        return root;
    }

    private static Map<String, Object> reason(RiskReason r) {
        return object("kind", r.kind().name(), "line", r.line() == null ? null : r.line() + 1, "milestone", r.milestone(),
                "responsibility", r.responsibility() == null ? null : r.responsibility() + 1, "words", r.words(),
                "was", r.was() == null ? null : r.was().toString(),
                "honestDate", r.honestDate() == null ? null : r.honestDate().toString());
    }

    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
