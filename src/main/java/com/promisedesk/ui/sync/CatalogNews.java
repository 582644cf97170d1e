package com.promisedesk.ui.sync;

import com.promisedesk.store.Judging;
import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.sync.CatalogChanges;
import com.promisedesk.ui.ScreenWords;
import com.promisedesk.ui.catalog.CapabilityChanges;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a newly used catalog version changed, for the rep to read after a sync: the
 * capabilities added, changed and retired, and which lines of the rep's open promises
 * (draft or being read back) are judged differently now.
 *
 * @param openPromises how many open promises were judged again
 * @param rejudged     those of them with at least one line judged differently
 */
public record CatalogNews(String version, List<Entry> added, List<Entry> changed, List<Entry> retired,
                          int openPromises, List<Rejudged> rejudged) {

    /** One capability: its code and name, and for a changed one what changed, one sentence each. */
    public record Entry(String code, String name, List<String> what) {
    }

    /** One open promise ("Northwind Traders · Fleet rollout") and its lines judged differently, in words. */
    public record Rejudged(String promise, List<String> lines) {
    }

    /**
     * Compares what {@code before} and {@code after} say about the capabilities and about {@code open},
     * each judged as of {@code today} under both.
     */
    public static CatalogNews between(Judging before, Judging after, List<Promise> open, LocalDate today) {
        Catalog was = before.catalog();
        Catalog now = after.catalog();
        CatalogChanges changes = CatalogChanges.between(was, now);
        List<Entry> added = changes.added().stream().map(code -> entry(now, code, List.of())).toList();
        List<Entry> changed = changes.changed().stream().map(code -> entry(now, code,
                CapabilityChanges.between(was, was.capability(code).orElseThrow(), now, now.capability(code).orElseThrow())))
                .toList();
        List<Entry> retired = changes.retired().stream().map(code -> now.capability(code)
                .filter(c -> c.status() == CapabilityStatus.RETIRED)
                .map(c -> entry(now, code, List.of()))
                .orElseGet(() -> entry(was, code, List.of("No longer in the catalog")))).toList();
        List<Rejudged> rejudged = new ArrayList<>();
        for (Promise promise : open) {
            List<String> lines = linesJudgedDifferently(promise, before, after, today);
            if (!lines.isEmpty()) {
                rejudged.add(new Rejudged(promise.customer().name() + " · " + promise.title(), lines));
            }
        }
        return new CatalogNews(now.version(), added, changed, retired, open.size(), rejudged);
    }

    private static Entry entry(Catalog catalog, String code, List<String> what) {
        return new Entry(code, catalog.capability(code).map(Capability::name).orElse(code), what);
    }

    /** "Line 1 (Fleet analytics platform): Needs approval · tier 2 → Standard", for each line whose chip changed. */
    private static List<String> linesJudgedDifferently(Promise promise, Judging before, Judging after,
                                                       LocalDate today) {
        // Both with today's bookings: what the catalog changed, not what the team booked meanwhile.
        TeamBookings booked = after.bookingsAround(promise);
        PromiseCheck was = before.checker().check(promise, booked, today);
        PromiseCheck now = after.checker().check(promise, booked, today);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < promise.lines().size(); i++) {
            String old = chip(was.lines().get(i));
            String next = chip(now.lines().get(i));
            if (!old.equals(next)) {
                lines.add("Line " + (i + 1) + " (" + Wording.what(promise.lines().get(i), after.catalog()) + "): " + old
                        + " → " + next);
            }
        }
        return lines;
    }

    private static String chip(LineCheck line) {
        return ScreenWords.chip(line.verdict(), line.tier());
    }

    /** "Catalog 2026.12.1 — 3 added, 5 changed, 1 retired". */
    public String headline() {
        return "Catalog " + version + " — " + added.size() + " added, " + changed.size() + " changed, "
                + retired.size() + " retired";
    }

    /** Whether the rep's open promises are judged as before, in one sentence; empty without open promises. */
    public String promisesLine() {
        if (openPromises == 0) {
            return "";
        }
        String yours = openPromises == 1 ? "your open promise" : "your " + openPromises + " open promises";
        if (rejudged.isEmpty()) {
            return "Every line of " + yours + " is judged as before.";
        }
        int count = rejudged.size();
        return (count == openPromises && count == 1 ? "Your open promise has"
                : count + " of " + yours + (count == 1 ? " has" : " have"))
                + " lines judged differently now: see what changed.";
    }
}
