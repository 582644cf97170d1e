package com.promisedesk.desk;

import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Notice;
import com.promisedesk.export.NoticeBuilder;
import com.promisedesk.export.NoticeExport;
import com.promisedesk.export.NoticeJson;
import com.promisedesk.export.Summary;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.NoticeRepository.IssuedNotice;
import com.promisedesk.store.NoticeRepository.NoticeIssue;
import com.promisedesk.store.NoticeRow;
import com.promisedesk.store.RevisionRepository.RevisionContent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The customer notices of the promises in the local store, in one place for the app's Notice
 * screen and {@code promisedesk notice}: drafted from the reasons a promise is at risk (or a
 * milestone reached), kept as the rep edits them, issued with the promise's next revision (its
 * written summary as PDF, the same transaction), exported and marked sent. Reads and writes the
 * store and lays out PDFs: call it off the FX thread.
 */
public final class CustomerNotices {

    private final LocalStore store;
    private final WrittenSummaries summaries;

    public CustomerNotices(LocalStore store, WrittenSummaries summaries) {
        this.store = store;
        this.summaries = summaries;
    }

    /** The notices of the promises in {@code store}, sent by the profile in its data folder. */
    public static CustomerNotices of(LocalStore store) {
        return new CustomerNotices(store, WrittenSummaries.of(store));
    }

    /** A new notice of change (not kept yet): what changed, what it means, what we need; the plan is the rep's. */
    public Notice draftChange(Promise promise, Judging judging, List<RiskReason> reasons, Layout layout, LocalDate today) {
        LocalDate agreed = promise.agreedOn() != null ? promise.agreedOn() : today;
        return new NoticeBuilder(judging.catalog(), layout).change(promise, judging.check(promise, agreed),
                store.milestones().milestonesOf(promise.id()), reasons, summaries.sender(), today);
    }

    /** A new short update (not kept yet): milestone {@code position} (from 1) is reached. */
    public Notice draftUpdate(Promise promise, Judging judging, int position, Layout layout, LocalDate today) {
        List<Milestone> milestones = store.milestones().milestonesOf(promise.id());
        if (position < 1 || position > milestones.size()) {
            throw new com.promisedesk.domain.InvalidValueException("milestone", position + " is not a milestone of"
                    + " this promise; it has " + (milestones.isEmpty() ? "none" : "1 to " + milestones.size()));
        }
        return new NoticeBuilder(judging.catalog(), layout).update(promise, milestones, position, summaries.sender(),
                today);
    }

    /** Keeps {@code notice} as the promise's draft, over the open draft if there is one. */
    public NoticeRow keep(Promise promise, Notice notice) {
        return store.notices().saveDraft(promise.id(), notice.kind(), notice.language(), notice.changed(), notice.plan(),
                NoticeJson.write(notice));
    }

    /** The promise's open draft, if it has one. */
    public Optional<NoticeRow> openDraft(Promise promise) {
        return store.notices().latest(promise.id()).filter(n -> !n.issued());
    }

    /**
     * Issues the kept draft {@code row} with the promise's next revision: the written summary of
     * the promise as it is now becomes that revision (PDF, as {@code promise export --issue} keeps
     * it), and the notice names it and its fingerprint.
     *
     * @throws com.promisedesk.domain.InvalidValueException when the notice has no plan
     */
    public IssuedNotice issue(NoticeRow row, Promise promise, Judging judging, Layout layout, LocalDate today) {
        Notice draft = notice(row);
        return store.notices().issue(row.id(), number -> {
            Summary summary = summaries.preview(promise, judging, today).numbered(number).build();
            byte[] pdf = ExportFormat.PDF.render(summary, layout);
            Notice issued = draft.issuedWith(number, summary.fingerprint());
            return new NoticeIssue(NoticeJson.write(issued), issued.fingerprint(),
                    new RevisionContent(ExportFormat.PDF.extension(), summary.fingerprint(), pdf));
        });
    }

    /** The notice a stored row holds, with the rep's latest words. */
    public static Notice notice(NoticeRow row) {
        Notice kept = NoticeJson.read(row.body());
        return row.issued() ? kept : kept.withTexts(row.changed(), row.plan());
    }

    /** The stored notice in {@code format}. */
    public static byte[] render(NoticeRow row, ExportFormat format, Layout layout) {
        return NoticeExport.render(format, notice(row), layout);
    }
}
