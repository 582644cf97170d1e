package com.promisedesk.sync;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.store.ExceptionRequests;
import com.promisedesk.sync.wire.Decided;
import com.promisedesk.sync.wire.NewRequest;
import com.promisedesk.sync.wire.ExceptionRequestState;
import com.promisedesk.sync.wire.RequestedLine;
import com.promisedesk.sync.wire.RequestsPush;
import com.promisedesk.sync.wire.RequestsPushResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * The exception requests' part of a sync round: push the new ones in batches (after the
 * promises they are about), and turn pulled ones into what the local store applies.
 */
final class ExceptionRequestSync {

    private final SyncClient client;
    private final ExceptionRequests requests;

    ExceptionRequestSync(SyncClient client, ExceptionRequests requests) {
        this.client = client;
        this.requests = requests;
    }

    /**
     * Pushes every waiting request; each answered batch is acknowledged in one local transaction.
     *
     * @param pushed told how many requests each answered batch held, as revisions and milestones tell it
     */
    void push(int batchSize, IntConsumer pushed) throws SyncException {
        while (true) {
            List<ExceptionRequest> batch = requests.pendingPushes(batchSize);
            if (batch.isEmpty()) {
                return;
            }
            List<NewRequest> sent = new ArrayList<>();
            for (ExceptionRequest r : batch) {
                CommitmentLine line = r.requested();
                sent.add(new NewRequest(r.id(), r.promiseId(), r.line(), new RequestedLine(line.capability(),
                        line.bespoke(), line.quantity(), line.date(), line.terms()), r.tier(), r.approvers(), r.reason(),
                        r.requestedAt()));
            }
            RequestsPushResponse response = client.pushRequests(new RequestsPush(sent));
            Set<UUID> answered = new HashSet<>();
            response.results().forEach(result -> answered.add(result.id()));
            List<UUID> ids = batch.stream().map(ExceptionRequest::id).toList();
            for (UUID id : ids) {
                if (!answered.contains(id)) {
                    throw new SyncException("the central store did not answer for exception request " + id
                            + "; nothing was lost, sync again");
                }
            }
            requests.acknowledge(ids);
            pushed.accept(batch.size());
        }
    }

    /** The pulled requests as the local store keeps them. */
    static List<ExceptionRequest> pulled(List<ExceptionRequestState> states) throws SyncException {
        List<ExceptionRequest> found = new ArrayList<>();
        for (ExceptionRequestState s : states) {
            try {
                RequestedLine l = s.requested();
                List<ExceptionRequest.RoleDecision> decisions = new ArrayList<>();
                for (Decided d : s.decisions()) {
                    decisions.add(new ExceptionRequest.RoleDecision(d.role(), d.approver(),
                            ExceptionRequest.Decision.valueOf(d.decision()), d.note(), d.decidedAt()));
                }
                found.add(new ExceptionRequest(s.id(), s.promiseId(), s.line(), new CommitmentLine(l.capability(),
                        l.bespoke(), l.quantity(), l.date(), l.terms(), null), s.tier(), s.approvers(), s.reason(),
                        s.requestedAt(), ExceptionRequest.Decision.valueOf(s.status()), decisions));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new SyncException("the central store sent exception request " + s.id() + ", which this version"
                        + " cannot read: " + e.getMessage());
            }
        }
        return found;
    }
}
