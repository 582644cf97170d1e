package com.promisedesk.export;

import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.NoticeKind;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.RiskReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts a customer notice from the reasons an agreed promise is at risk, or from a milestone
 * reached. This is where the rep's reasons become the customer's words: each reason is said
 * again from the customer's side in their language (never the rep's wording, which may name
 * catalogs and rules), lines are named as the summary names them, and nothing internal is kept.
 * The rep then edits what changed and writes the plan. Thread-safe.
 */
public final class NoticeBuilder {

    private final Catalog catalog;
    private final Layout layout;

    public NoticeBuilder(Catalog catalog, Layout layout) {
        this.catalog = catalog;
        this.layout = layout;
    }

    /**
     * A notice of change: what changed (one sentence per reason), what it means (each line a reason
     * concerns, from the day promised to the honest day the reason gives; a later reason of the same
     * line wins only with a later day) and what we need (the responsibilities overdue, and those of
     * the moved lines not yet due).
     *
     * @param check      the promise's check as agreed (its responsibilities, with their due dates, rule 7)
     * @param milestones the promise's milestones, in order (a reason names one by position from 1)
     */
    public Notice change(Promise promise, PromiseCheck check, List<Milestone> milestones, List<RiskReason> reasons,
                         Sender sender, LocalDate issued) {
        NoticeWords words = new NoticeWords(layout, promise.writtenIn());
        List<String> changed = new ArrayList<>();
        Map<Integer, Notice.Move> moves = new LinkedHashMap<>();
        Set<Integer> needed = new LinkedHashSet<>();
        List<Responsibility> responsibilities = check.responsibilities();
        for (RiskReason reason : reasons) {
            String sentence = sentence(promise, milestones, responsibilities, reason, words);
            if (sentence != null && !changed.contains(sentence)) {
                changed.add(sentence);
            }
            if (reason.line() != null && reason.line() < promise.lines().size() && reason.was() != null) {
                moves.merge(reason.line(), new Notice.Move(name(promise, reason.line()), reason.was(), reason.honestDate()),
                        NoticeBuilder::later);
            }
            if (reason.responsibility() != null && reason.responsibility() < responsibilities.size()) {
                needed.add(reason.responsibility());
            }
        }
        for (int i = 0; i < responsibilities.size(); i++) {
            Responsibility r = responsibilities.get(i);
            boolean movedLine = r.lines().stream().anyMatch(moves::containsKey);
            if (movedLine && (r.due() == null || !r.due().isBefore(issued))) {
                needed.add(i);
            }
        }
        List<Notice.Need> needs = needed.stream().map(responsibilities::get)
                .map(r -> new Notice.Need(r.text(), r.due() != null ? r.due() : promise.start())).toList();
        return new Notice(NoticeKind.CHANGE, header(promise, sender, issued), String.join("\n", changed),
                List.copyOf(moves.values()), null, needs, sender, promise.writtenIn());
    }

    /** A short update: milestone {@code position} (from 1) of {@code milestones} is reached. */
    public Notice update(Promise promise, List<Milestone> milestones, int position, Sender sender, LocalDate issued) {
        NoticeWords words = new NoticeWords(layout, promise.writtenIn());
        Milestone reached = milestones.get(position - 1);
        String changed = words.format("notice.changed.reached", reached.text(), words.date(reached.due()));
        return new Notice(NoticeKind.UPDATE, header(promise, sender, issued), changed, List.of(), null, List.of(), sender,
                promise.writtenIn());
    }

    private String sentence(Promise promise, List<Milestone> milestones, List<Responsibility> responsibilities,
                            RiskReason reason, NoticeWords words) {
        return switch (reason.kind()) {
            case CATALOG_WORSE -> reason.line() == null ? null : words.format("notice.changed.catalogWorse",
                    name(promise, reason.line()));
            case LINE_OVERDUE -> reason.line() == null ? null : words.format("notice.changed.lineOverdue",
                    name(promise, reason.line()), words.date(reason.was()));
            case MILESTONE_OVERDUE -> reason.milestone() == null || reason.milestone() > milestones.size() ? null
                    : words.format("notice.changed.milestoneOverdue", milestones.get(reason.milestone() - 1).text(),
                    words.date(milestones.get(reason.milestone() - 1).due()));
            case RESPONSIBILITY_OVERDUE -> reason.responsibility() == null
                    || reason.responsibility() >= responsibilities.size() ? null
                    : words.format("notice.changed.responsibilityOverdue",
                    responsibilities.get(reason.responsibility()).text(),
                    words.date(responsibilities.get(reason.responsibility()).due()));
        };
    }

    /** Two reasons move one line: the later honest day stands, and "cannot be delivered" (null) above all. */
    private static Notice.Move later(Notice.Move one, Notice.Move other) {
        if (one.now() == null || other.now() == null) {
            return new Notice.Move(one.item(), one.was(), null);
        }
        return other.now().isAfter(one.now()) ? other : one;
    }

    /** The line as the customer's summary names it: the catalog's name in their language, else its English. */
    private String name(Promise promise, int index) {
        CommitmentLine line = promise.lines().get(index);
        if (line.isBespoke()) {
            return line.bespoke();
        }
        Language language = promise.writtenIn();
        Optional<Capability> capability = catalog.capability(line.capability());
        return capability.map(c -> c.nameIn(language).orElse(c.name())).orElse(line.capability());
    }

    private static Notice.Header header(Promise promise, Sender sender, LocalDate issued) {
        Sender from = sender == null ? Sender.none() : sender;
        return new Notice.Header(from.company(), promise.customer().name(), promise.customer().contact(), promise.title(),
                issued, from.rep(), null, null);
    }
}
