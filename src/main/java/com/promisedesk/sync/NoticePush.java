package com.promisedesk.sync;

import com.promisedesk.store.NoticeRow;
import com.promisedesk.store.NoticeUploads;
import com.promisedesk.store.NoticeUploads.PendingNotice;
import com.promisedesk.sync.wire.DeliveryPushResponse;
import com.promisedesk.sync.wire.NoticePushRequest;
import com.promisedesk.sync.wire.NoticeUpload;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Pushes issued customer notices ({@code POST /v1/notices}) after the revisions they go with, in
 * batches, each answer recorded in one local transaction (decision 0025).
 */
final class NoticePush {

    private final SyncClient client;
    private final NoticeUploads uploads;
    private final int batchSize;

    NoticePush(SyncClient client, NoticeUploads uploads, int batchSize) {
        this.client = client;
        this.uploads = uploads;
        this.batchSize = batchSize;
    }

    /** Pushes every waiting notice; {@code pushed} hears each batch's size. */
    void run(IntConsumer pushed) throws SyncException {
        while (true) {
            List<PendingNotice> batch = uploads.pending(batchSize);
            if (batch.isEmpty()) {
                return;
            }
            DeliveryPushResponse response = client.pushNotices(new NoticePushRequest(batch.stream()
                    .map(p -> wire(p.changeId(), p.notice())).toList()));
            Set<UUID> answered = new HashSet<>();
            response.results().forEach(result -> answered.add(result.changeId()));
            for (PendingNotice p : batch) {
                if (!answered.contains(p.changeId())) {
                    throw new SyncException("the central store did not answer for a notice of promise "
                            + p.notice().promiseId() + "; nothing was lost, sync again");
                }
            }
            uploads.acknowledge(batch.stream().map(PendingNotice::changeId).toList());
            pushed.accept(batch.size());
        }
    }

    static NoticeUpload wire(UUID changeId, NoticeRow n) {
        return new NoticeUpload(0, changeId, n.id(), n.promiseId(), n.kind().name(), n.language().tag(), n.changed(),
                n.plan(), n.body(), n.revision(), n.sha256(), n.draftedAt(), n.issuedAt(), n.sentAt());
    }
}
