package com.promisedesk.sync;

import com.promisedesk.store.MilestoneUploads;
import com.promisedesk.store.MilestoneUploads.PendingUpdate;
import com.promisedesk.sync.wire.MilestonePushRequest;
import com.promisedesk.sync.wire.MilestonePushResponse;
import com.promisedesk.sync.wire.MilestoneResult;
import com.promisedesk.sync.wire.MilestoneUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Pushes milestone updates ({@code POST /v1/milestones}) in the order they were made, in
 * batches, each answer recorded in one local transaction; the central store keeps each one.
 */
final class MilestonePush {

    private final SyncClient client;
    private final MilestoneUploads uploads;
    private final int batchSize;

    MilestonePush(SyncClient client, MilestoneUploads uploads, int batchSize) {
        this.client = client;
        this.uploads = uploads;
        this.batchSize = batchSize;
    }

    /** Pushes every waiting update; {@code pushed} hears each batch's size. */
    void run(IntConsumer pushed) throws SyncException {
        while (true) {
            List<PendingUpdate> batch = uploads.pending(batchSize);
            if (batch.isEmpty()) {
                return;
            }
            List<MilestoneUpdate> wire = new ArrayList<>();
            for (PendingUpdate u : batch) {
                wire.add(new MilestoneUpdate(u.changeId(), u.milestoneId(), u.promiseId(), u.position(),
                        u.milestone().text(), u.milestone().due(), u.milestone().done(), u.updatedAt()));
            }
            MilestonePushResponse response = client.pushMilestones(new MilestonePushRequest(wire));
            Map<UUID, MilestoneResult> byChange = new HashMap<>();
            response.results().forEach(result -> byChange.put(result.changeId(), result));
            List<UUID> answered = new ArrayList<>();
            for (PendingUpdate u : batch) {
                MilestoneResult result = byChange.get(u.changeId());
                if (result == null) {
                    throw new SyncException("the central store did not answer for an update of milestone "
                            + u.position() + " of promise " + u.promiseId() + "; nothing was lost, sync again");
                }
                answered.add(u.changeId());
            }
            uploads.acknowledge(answered);
            pushed.accept(batch.size());
        }
    }
}
