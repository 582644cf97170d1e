package com.promisedesk.sync;

import com.promisedesk.domain.DeliveryKind;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.NoticeKind;
import com.promisedesk.file.Sha256;
import com.promisedesk.store.NoticeRow;
import com.promisedesk.store.SyncRecords;
import com.promisedesk.sync.wire.NoticeUpload;
import com.promisedesk.sync.wire.PullResponse;
import com.promisedesk.sync.wire.PulledDelivery;
import com.promisedesk.sync.wire.PulledMilestone;
import com.promisedesk.sync.wire.PulledRevision;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The history in a pulled page as the local store takes it (decision 0025): each revision's
 * bytes decoded and checked against the SHA-256 they were pushed with, each milestone and mark
 * read as the domain reads them. Anything that does not read fails the page, as a bad promise does.
 */
final class PulledHistory {

    private PulledHistory() {
    }

    static SyncRecords.History of(PullResponse page) throws SyncException {
        List<SyncRecords.SyncedRevision> revisions = new ArrayList<>();
        for (PulledRevision r : page.revisions()) {
            byte[] content;
            try {
                content = Base64.getDecoder().decode(r.content());
            } catch (IllegalArgumentException e) {
                throw new SyncException("the central store sent revision " + r.number() + " of promise " + r.promiseId()
                        + " in a form this version cannot read");
            }
            if (!Sha256.of(content).equals(r.sha256())) {
                throw new SyncException("the central store sent revision " + r.number() + " of promise " + r.promiseId()
                        + " with other bytes than it was issued with; nothing of this page was kept, sync again");
            }
            revisions.add(new SyncRecords.SyncedRevision(r.promiseId(), r.number(), r.issuedAt(), r.format(),
                    r.fingerprint(), content));
        }
        List<SyncRecords.SyncedMilestone> milestones = new ArrayList<>();
        List<SyncRecords.SyncedMark> marks = new ArrayList<>();
        try {
            for (PulledMilestone m : page.milestones()) {
                milestones.add(new SyncRecords.SyncedMilestone(m.id(), m.promiseId(), m.position(),
                        new Milestone(m.text(), m.due(), m.done()), m.updatedAt()));
            }
            for (PulledDelivery d : page.deliveries()) {
                marks.add(new SyncRecords.SyncedMark(d.changeId(), d.promiseId(),
                        new DeliveryMark(d.line(), DeliveryKind.valueOf(d.kind()), d.on(), d.reason(), d.recordedAt())));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SyncException("the central store sent a milestone or delivery this version cannot read: "
                    + e.getMessage());
        }
        List<NoticeRow> notices = new ArrayList<>();
        try {
            for (NoticeUpload n : page.notices()) {
                notices.add(new NoticeRow(n.id(), n.promiseId(), NoticeKind.valueOf(n.kind()),
                        Language.of(n.language()).orElse(Language.EN), n.changed(), n.plan(), n.body(), n.revision(),
                        n.sha256(), n.draftedAt(), n.issuedAt(), n.sentAt()));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SyncException("the central store sent a customer notice this version cannot read: " + e.getMessage());
        }
        return new SyncRecords.History(revisions, milestones, marks, notices);
    }
}
