package com.promisedesk.desk;

import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.PromiseRisk;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.LineDelivery;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseKeeping;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.store.ExceptionRequests;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.TodayRepository;
import com.promisedesk.store.TodayRepository.HeldCatalog;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads the rep's {@link Today} from the local store, for the app's Today view and {@code
 * promisedesk today} alike (decision 0015): the agreed promises with their parts, milestones and
 * delivery marks in a few statements, then each judged once by the catalog in use (and once by the
 * one it was agreed under, when that is another); a promise unchanged since the last load keeps
 * its judgements. Reads the store: call it off the FX thread.
 */
public final class TodayDesk {

    /** When a notice was last sent to the customer about a promise; the customer notice plugs in here. */
    @FunctionalInterface
    public interface NoticesSent {
        /** No notices yet: every at-risk promise's customer is one to update. */
        NoticesSent NONE = Map::of;

        /** The day a notice was last sent, by promise; read once per load of Today. */
        Map<UUID, LocalDate> lastSent();

        /** The notices the store says were sent, on the day they were in {@code zone}: one statement. */
        static NoticesSent of(LocalStore store, ZoneId zone) {
            return () -> {
                Map<UUID, LocalDate> days = new HashMap<>();
                store.notices().lastSent().forEach((id, sent) -> days.put(id, LocalDate.ofInstant(sent, zone)));
                return days;
            };
        }
    }

    /** Decisions are "new" for a week when the rep has never opened the Approvals screen. */
    private static final int FIRST_LOOK_DAYS = 7;

    private final LocalStore store;
    private final NoticesSent notices;
    private final ZoneId zone;
    // Catalogs agreed under, by version: parsed once, however often Today is read again.
    private final Map<String, PromiseRisk.Judge> held = new ConcurrentHashMap<>();
    // The last load's judgements, by the catalog in use and the ones agreed under: a judgement changes
    // only with the promise, the catalog or the day, so a promise unchanged since is not judged again
    // when Today is opened again. Only the last load's are kept: a changed or finished promise's go.
    private volatile Map<Judged, PromiseCheck> lastJudged = Map.of();

    /** A promise, as read, judged without bookings by a catalog version on a day. */
    private record Judged(String version, Promise promise, LocalDate day) {
    }

    /** @param zone the zone of the caller's clock: a catalog imported before the end of a day was in use that day */
    public TodayDesk(LocalStore store, NoticesSent notices, ZoneId zone) {
        this.store = store;
        this.notices = notices;
        this.zone = zone;
    }

    /** The rep's day {@code day}, judged by {@code judging}'s catalog. */
    public Today load(Judging judging, LocalDate day) {
        LocalDate weekEnd = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        TodayRepository reads = store.today();
        List<Promise> promises = store.promises().agreed();
        Map<UUID, List<Milestone>> milestones = reads.agreedMilestones();
        Map<UUID, List<DeliveryMark>> marks = reads.agreedMarks();
        List<HeldCatalog> catalogs = reads.heldCatalogs();
        PromiseRisk.Judge inUse = new PromiseRisk.Judge(judging.catalog(), judging.checker());
        List<Today.Due> due = new ArrayList<>();
        List<Today.AtRisk> atRisk = new ArrayList<>();
        Map<Judged, PromiseCheck> previously = lastJudged;
        Map<Judged, PromiseCheck> judged = new HashMap<>();
        for (Promise promise : promises) {
            List<Milestone> itsMilestones = milestones.getOrDefault(promise.id(), List.of());
            List<LineDelivery> lines = PromiseKeeping.of(promise, Deliveries.promisedDates(promise, judging),
                    marks.getOrDefault(promise.id(), List.of()), itsMilestones).lines();
            // Judged once: the reasons and the responsibilities due both come from this check.
            PromiseCheck now = judged(previously, judged, inUse, promise, day, () -> PromiseRisk.judgedNow(promise, inUse, day));
            PromiseRisk.Judge agreedUnder = agreedUnder(promise, catalogs, inUse);
            PromiseCheck then = agreedUnder == null ? null : judged(previously, judged, agreedUnder, promise, day,
                    () -> PromiseRisk.judgedThen(promise, agreedUnder, day));
            List<RiskReason> reasons = PromiseRisk.of(promise, agreedUnder, then, inUse, now, lines, itsMilestones, day);
            if (!reasons.isEmpty()) {
                atRisk.add(new Today.AtRisk(promise.id(), promise.customer().name(), promise.title(), reasons));
            }
            dueOf(promise, judging, now.responsibilities(), lines, itsMilestones, day, weekEnd, due);
        }
        lastJudged = judged;
        due.sort(Comparator.comparing(Today.Due::day).thenComparing(Today.Due::customer));
        return new Today(day, weekEnd, due, atRisk, decisions(reads, day), toUpdate(atRisk, day),
                RelationshipTouches.of(reads.agreedDays(), day, weekEnd));
    }

    /** Why {@code promise} is at risk on {@code day}, as {@link #load} finds it; empty when it is not. */
    public List<RiskReason> reasonsFor(Judging judging, Promise promise, LocalDate day) {
        if (!promise.status().tracksMilestones()) {
            return List.of();
        }
        List<Milestone> itsMilestones = store.milestones().milestonesOf(promise.id());
        List<LineDelivery> lines = PromiseKeeping.of(promise, Deliveries.promisedDates(promise, judging),
                store.deliveries().marksOf(promise.id()), itsMilestones).lines();
        PromiseRisk.Judge inUse = new PromiseRisk.Judge(judging.catalog(), judging.checker());
        PromiseRisk.Judge agreedUnder = agreedUnder(promise, store.today().heldCatalogs(), inUse);
        PromiseCheck then = agreedUnder == null ? null : PromiseRisk.judgedThen(promise, agreedUnder, day);
        return PromiseRisk.of(promise, agreedUnder, then, inUse, PromiseRisk.judgedNow(promise, inUse, day), lines,
                itsMilestones, day);
    }

    /**
     * The catalog the promise was judged under when agreed: the version this device held at the end
     * of its agreed day (its start, when that day is not kept). A device that held none then (a
     * promise pulled later) takes the first it held. Null: the catalog in use, nothing to compare.
     */
    private PromiseRisk.Judge agreedUnder(Promise promise, List<HeldCatalog> catalogs, PromiseRisk.Judge inUse) {
        LocalDate agreed = promise.agreedOn() != null ? promise.agreedOn() : promise.start();
        Instant endOfDay = agreed.plusDays(1).atStartOfDay(zone).toInstant();
        HeldCatalog chosen = null;
        for (HeldCatalog each : catalogs) {
            if (chosen == null || each.importedAt().isBefore(endOfDay)) {
                chosen = each;
            }
        }
        if (chosen == null || chosen.version().equals(inUse.catalog().version())) {
            return null;
        }
        HeldCatalog version = chosen;
        return held.computeIfAbsent(version.version(), v -> {
            var catalog = store.today().catalog(version);
            return new PromiseRisk.Judge(catalog, new PromiseChecker(catalog));
        });
    }

    /** The promise's judgement by {@code judge}: the last load's when the promise is unchanged, else made now. */
    private static PromiseCheck judged(Map<Judged, PromiseCheck> previously, Map<Judged, PromiseCheck> judged,
                                       PromiseRisk.Judge judge, Promise promise, LocalDate day, Supplier<PromiseCheck> judging) {
        Judged key = new Judged(judge.catalog().version(), promise, day);
        PromiseCheck check = previously.get(key);
        if (check == null) {
            check = judging.get();
        }
        judged.put(key, check);
        return check;
    }

    private static void dueOf(Promise promise, Judging judging, List<Responsibility> responsibilities,
                              List<LineDelivery> lines, List<Milestone> milestones,
                              LocalDate day, LocalDate weekEnd, List<Today.Due> due) {
        String customer = promise.customer().name();
        for (LineDelivery line : lines) {
            if (line.open() && line.promised() != null && !line.promised().isAfter(weekEnd)) {
                due.add(new Today.Due(Today.DueKind.LINE, promise.id(), customer, promise.title(), line.line(),
                        "Deliver line " + (line.line() + 1) + ": " + Wording.what(promise.lines().get(line.line()),
                                judging.catalog()), line.promised(), line.promised().isBefore(day)));
            }
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            if (!milestone.done() && !milestone.due().isAfter(weekEnd)) {
                due.add(new Today.Due(Today.DueKind.MILESTONE, promise.id(), customer, promise.title(), i + 1,
                        "Milestone " + (i + 1) + ": " + milestone.text(), milestone.due(), milestone.due().isBefore(day)));
            }
        }
        for (int r = 0; r < responsibilities.size(); r++) {
            Responsibility responsibility = responsibilities.get(r);
            // Moot once every line it moves is delivered or cancelled.
            boolean matters = responsibility.lines().isEmpty()
                    || responsibility.lines().stream().anyMatch(i -> lines.get(i).open());
            if (responsibility.due() != null && !responsibility.due().isAfter(weekEnd) && matters) {
                due.add(new Today.Due(Today.DueKind.RESPONSIBILITY, promise.id(), customer, promise.title(), r,
                        "Chase " + customer + ": " + responsibility.text(), responsibility.due(),
                        responsibility.due().isBefore(day)));
            }
        }
    }

    private List<Today.Decision> decisions(TodayRepository reads, LocalDate day) {
        Instant since = reads.seenAt(TodayRepository.APPROVALS)
                .orElse(day.minusDays(FIRST_LOOK_DAYS).atStartOfDay(zone).toInstant());
        List<Today.Decision> arrived = new ArrayList<>();
        for (ExceptionRequests.Listed listed : store.requests().all()) {
            ExceptionRequest request = listed.request();
            if (request.status() == ExceptionRequest.Decision.PENDING || request.decisions().isEmpty()) {
                continue;
            }
            Instant decidedAt = request.decisions().get(request.decisions().size() - 1).decidedAt();
            if (decidedAt.isAfter(since)) {
                arrived.add(new Today.Decision(request.id(), request.promiseId(), listed.customer(), listed.title(),
                        request.line(), request.status() == ExceptionRequest.Decision.APPROVED, decidedAt));
            }
        }
        arrived.sort(Comparator.comparing(Today.Decision::decidedAt).reversed());
        return arrived;
    }

    private List<Today.ToUpdate> toUpdate(List<Today.AtRisk> atRisk, LocalDate day) {
        Map<UUID, LocalDate> sentDays = atRisk.isEmpty() ? Map.of() : notices.lastSent();
        List<Today.ToUpdate> customers = new ArrayList<>();
        for (Today.AtRisk promise : atRisk) {
            LocalDate since = promise.reasons().stream().map(RiskReason::was).filter(java.util.Objects::nonNull)
                    .filter(was -> was.isBefore(day)).min(Comparator.naturalOrder()).orElse(day);
            Optional<LocalDate> sent = Optional.ofNullable(sentDays.get(promise.promiseId()));
            if (sent.isEmpty() || sent.get().isBefore(since)) {
                customers.add(new Today.ToUpdate(promise.promiseId(), promise.customer(), promise.title(), since,
                        promise.reasons().size(), sent.orElse(null)));
            }
        }
        return customers;
    }
}
