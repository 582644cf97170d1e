package com.promisedesk.ui.promises;

import com.promisedesk.desk.Deliveries;
import com.promisedesk.desk.MilestoneProposal;
import com.promisedesk.desk.PromiseRecords;
import com.promisedesk.desk.WrittenSummaries;
import com.promisedesk.desk.WrittenSummary;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.export.Layout;
import com.promisedesk.store.CatalogRepository;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Profile;
import com.promisedesk.store.StoreException;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.editor.EditorViewModel;
import com.promisedesk.ui.editor.LineExceptionRequest;
import com.promisedesk.ui.milestones.DeliveryViewModel;
import com.promisedesk.ui.milestones.MilestonesViewModel;
import com.promisedesk.ui.readback.ReadBackViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the Promises screen does, without a toolkit: starts and opens promises, makes the view
 * models of the editor, read-back and Delivery screen (every one as of today by the app's clock),
 * decides when delivery can start, and composes the written summary ({@link WrittenSummaries}).
 * {@link PromisesArea} only shows what this hands it. Status words go to the status bar.
 */
public final class PromisesAreaViewModel {

    private final LocalStore store;
    private final JudgingInUse catalog;
    private final Threads threads;
    private final Clock clock;
    private final Consumer<String> status;
    private final PromisesViewModel list;
    private LineExceptionRequest lineApproval;

    public PromisesAreaViewModel(LocalStore store, JudgingInUse catalog, Threads threads, Clock clock,
                                 Consumer<String> status) {
        this.store = store;
        this.catalog = catalog;
        this.threads = threads;
        this.clock = clock;
        this.status = status;
        this.list = new PromisesViewModel(store.promises(), catalog, threads, clock, () -> PromiseRecords.of(store));
    }

    public PromisesViewModel list() {
        return list;
    }

    /** What the editor's line picker searches (the store's catalogs). */
    public CatalogRepository catalogs() {
        return store.catalogs();
    }

    /** T, by the app's clock: the day new drafts start and promises are judged as of. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Saves a new draft, started today, and hands it to {@code show}. It is in the language of
     * the rep's profile locale, when that is one a customer can read their summary in.
     */
    public void draftNew(Consumer<Promise> show) {
        threads.load(() -> {
            Promise draft = Promise.draft(new Customer("New customer", null, null), "New promise", today())
                    .withLanguage(profileLanguage());
            store.promises().save(draft);
            return draft;
        }, saved -> {
            show.accept(saved);
            status.accept("New draft saved");
        }, failure -> status.accept("Could not start a draft: " + FailureWords.describe(failure)));
    }

    private Language profileLanguage() {
        try {
            return Language.of(Profile.read(store.file().getParent()).locale()).orElse(null);
        } catch (StoreException unreadable) {
            // A profile the app cannot read is shown in Settings; a draft is still made, in English.
            return null;
        }
    }

    /** Reads the promise {@code id} and hands it to {@code show}. */
    public void open(UUID id, Consumer<Promise> show) {
        // The catalog in use reads a capability from the store the first time it is asked (decision
        // 0028); asked here, in the background, the editor's checks on the screen find every line's kept.
        Catalog inUse = catalog.catalog();
        threads.load(() -> {
            Promise promise = store.promises().find(id).orElseThrow();
            promise.lines().stream().map(CommitmentLine::capability).filter(Objects::nonNull).forEach(inUse::capability);
            return promise;
        }, show, failure -> status.accept("Could not open the promise: " + FailureWords.describe(failure)));
    }

    /** The editor of {@code promise}, judged as of today; its messages go to the status bar. */
    public EditorViewModel editorOf(Promise promise) {
        EditorViewModel editor = new EditorViewModel(promise, catalog, store.promises(), threads, today());
        editor.messageProperty().addListener((o, was, now) -> status.accept(now));
        lineApproval = new LineExceptionRequest(editor, store.requests(), threads);
        return editor;
    }

    /** The exception request of the editor last made by {@link #editorOf}. */
    public LineExceptionRequest lineApproval() {
        return lineApproval;
    }

    /** Reads the open editor's exception request again, as after a sync brought decisions. */
    public void refreshApproval() {
        if (lineApproval != null) {
            lineApproval.refresh();
        }
    }

    /**
     * An editor of a scratch promise that is never saved, so the first real one opens as fast
     * as the later ones: a few lines of the catalog in use and one expectation.
     */
    public EditorViewModel warmUpEditor() {
        Promise scratch = Promise.draft(new Customer("Warm-up", null, null), "Warm-up", today())
                .withLines(catalog.catalog().first(3).stream()
                        .map(c -> CommitmentLine.of(c.code(), 1, null)).toList())
                .withExpectations(List.of(Expectation.open("Warm-up", List.of(0))));
        return new EditorViewModel(scratch, catalog, store.promises(), threads, today());
    }

    /** The read-back of the promise open in {@code editor}, judged as of today. */
    public ReadBackViewModel readBackOf(EditorViewModel editor) {
        return new ReadBackViewModel(editor, catalog.catalog(), catalog.checker(), today(), store.confirmations(), clock,
                threads);
    }

    /**
     * The written summary of the promise open in {@code editor}, judged as the editor judges it and
     * issued today (one day for the issue date and T, as {@code promise export} does); composed in
     * the background and handed to {@code show}.
     */
    public void summaryOf(EditorViewModel editor, Consumer<SummaryToShow> show) {
        Promise promise = editor.promiseProperty().get();
        Judging judging = editor.judging();
        LocalDate issued = today();
        threads.load(() -> {
            WrittenSummaries summaries = WrittenSummaries.of(store);
            // The profile is read now, so what Settings saved a moment ago is on this summary.
            return new SummaryToShow(summaries.preview(promise, judging, issued), summaries.layout(null, null));
        }, show, failure -> status.accept("Could not open the summary: " + FailureWords.describe(failure)));
    }

    /** A written summary and the layout it opens in (the rep's default paper and locale, from Settings). */
    public record SummaryToShow(WrittenSummary written, Layout layout) {
    }

    /** The Delivery screen of a promise: its lines and history, its milestones, and the title they are shown under. */
    public record Delivery(DeliveryViewModel model, MilestonesViewModel milestones, String title) {
    }

    /** The customer notice of a promise: what the notice screen works on, and the layout it opens in. */
    public record NoticeToShow(com.promisedesk.ui.notice.NoticeDesk desk, Layout layout) {
    }

    /**
     * The customer notice of the promise {@code id} (N on the list), drafted from what is overdue
     * as of today, handed to {@code show} once the promise is agreed; before that, the status bar says so.
     */
    public void noticeOf(UUID id, Consumer<NoticeToShow> show) {
        noticeOf(id, null, show);
    }

    /**
     * As {@link #noticeOf(UUID, Consumer)}, drafted from {@code reasons} (Today's, for a customer to
     * update) when given; from what is overdue when null.
     */
    public void noticeOf(UUID id, List<RiskReason> reasons, Consumer<NoticeToShow> show) {
        Judging judging = catalog.get();
        LocalDate today = today();
        threads.load(() -> {
            Promise promise = store.promises().find(id).orElseThrow();
            if (promise.status().beforeAgreement()) {
                return null;
            }
            Layout layout = WrittenSummaries.of(store).layout(null, null);
            return new NoticeToShow(new com.promisedesk.ui.notice.StoredNotice(store, promise, judging,
                    () -> reasons != null ? reasons : com.promisedesk.desk.NoticeReasons.of(store, judging, promise, today, clock.getZone()),
                    layout, clock), layout);
        }, notice -> {
            if (notice == null) {
                status.accept("A notice goes to the customer once the promise is agreed");
            } else {
                show.accept(notice);
            }
        }, failure -> status.accept("Could not open the notice: " + FailureWords.describe(failure)));
    }

    /**
     * The Delivery screen of the promise {@code id}, handed to {@code show} once it is agreed (in
     * delivery, or ended: then it only shows); before that, the status bar says when it starts.
     * The milestones proposed from its lines and the customer's due dates come with it (decision 0024).
     */
    public void deliveryOf(UUID id, Consumer<Delivery> show) {
        Judging judging = catalog.get();
        threads.load(() -> {
            Promise promise = store.promises().find(id).orElseThrow();
            List<Milestone> proposed = promise.status().tracksMilestones() ? MilestoneProposal.of(promise, judging) : List.of();
            return new Opened(promise, proposed);
        }, opened -> {
            Promise promise = opened.promise();
            if (promise.status().beforeAgreement()) {
                status.accept("Delivery starts once the promise is agreed");
                return;
            }
            MilestonesViewModel milestones = new MilestonesViewModel(store.milestones(), id, promise.status(), threads);
            milestones.propose(opened.proposed());
            DeliveryViewModel delivery = new DeliveryViewModel(Deliveries.of(store, judging), id, threads, clock);
            milestones.onChanged(delivery::refresh);
            milestones.messageProperty().addListener((o, was, now) -> status.accept(now));
            delivery.messageProperty().addListener((o, was, now) -> status.accept(now));
            show.accept(new Delivery(delivery, milestones, promise.customer().name() + " · " + promise.title()));
        }, failure -> status.accept("Could not open the delivery: " + FailureWords.describe(failure)));
    }

    private record Opened(Promise promise, List<Milestone> proposed) {
    }

    /**
     * The rep left a promise for the list: the list is read again, and the others are judged
     * against what the promise just left books now.
     */
    public void leftPromise() {
        list.refresh();
        catalog.reload(failure -> status.accept("Could not read what your promises book: "
                + FailureWords.describe(failure)));
    }
}
