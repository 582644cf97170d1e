package com.promisedesk.sync;

import com.promisedesk.store.DeliveryUploads;
import com.promisedesk.store.DeliveryUploads.PendingMark;
import com.promisedesk.sync.wire.DeliveryMarkUpload;
import com.promisedesk.sync.wire.DeliveryPushRequest;
import com.promisedesk.sync.wire.DeliveryPushResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Pushes delivery marks ({@code POST /v1/deliveries}) in the order they were recorded, in batches,
 * each answer recorded in one local transaction. The central store keeps each mark once by its
 * change id, so a batch whose answer was lost is simply sent again.
 */
final class DeliveryPush {

    private final SyncClient client;
    private final DeliveryUploads uploads;
    private final int batchSize;

    DeliveryPush(SyncClient client, DeliveryUploads uploads, int batchSize) {
        this.client = client;
        this.uploads = uploads;
        this.batchSize = batchSize;
    }

    /** Pushes every waiting mark; {@code pushed} hears each batch's size. */
    void run(IntConsumer pushed) throws SyncException {
        while (true) {
            List<PendingMark> batch = uploads.pending(batchSize);
            if (batch.isEmpty()) {
                return;
            }
            List<DeliveryMarkUpload> wire = new ArrayList<>();
            for (PendingMark m : batch) {
                wire.add(new DeliveryMarkUpload(m.changeId(), m.promiseId(), m.mark().line(), m.mark().kind().name(),
                        m.mark().on(), m.mark().reason(), m.mark().recordedAt()));
            }
            DeliveryPushResponse response = client.pushDeliveries(new DeliveryPushRequest(wire));
            Set<UUID> answered = new HashSet<>();
            response.results().forEach(result -> answered.add(result.changeId()));
            for (PendingMark m : batch) {
                if (!answered.contains(m.changeId())) {
                    throw new SyncException("the central store did not answer for a delivery of promise " + m.promiseId()
                            + "; nothing was lost, sync again");
                }
            }
            uploads.acknowledge(batch.stream().map(PendingMark::changeId).toList());
            pushed.accept(batch.size());
        }
    }
}
