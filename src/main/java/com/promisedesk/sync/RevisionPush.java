package com.promisedesk.sync;

import com.promisedesk.store.RevisionUploads;
import com.promisedesk.store.RevisionUploads.PendingRevision;
import com.promisedesk.file.Sha256;
import com.promisedesk.sync.wire.RevisionPushRequest;
import com.promisedesk.sync.wire.RevisionPushResponse;
import com.promisedesk.sync.wire.RevisionResult;
import com.promisedesk.sync.wire.RevisionUpload;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes issued revisions ({@code POST /v1/revisions}) in batches bounded by count and by
 * bytes (a PDF can be hundreds of KB; base64 adds a third), each answer recorded in one
 * local transaction. Unanswered batches go again under the same change ids.
 */
final class RevisionPush {

    /** Content per batch; base64 makes it about 5.4 MiB of body, well inside the server's 16 MiB. */
    static final long MAX_BATCH_BYTES = 4L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RevisionPush.class);

    private final SyncClient client;
    private final RevisionUploads uploads;
    private final int batchSize;
    private final long batchBytes;

    RevisionPush(SyncClient client, RevisionUploads uploads, int batchSize, long batchBytes) {
        this.client = client;
        this.uploads = uploads;
        this.batchSize = batchSize;
        this.batchBytes = batchBytes;
    }

    /**
     * Pushes every waiting revision; {@code pushed} hears each batch's size.
     *
     * @return one notice per revision the central store kept beside another content of the same number
     */
    List<String> run(IntConsumer pushed) throws SyncException {
        List<String> notices = new ArrayList<>();
        while (true) {
            List<PendingRevision> batch = uploads.pending(batchSize, batchBytes);
            if (batch.isEmpty()) {
                return notices;
            }
            List<RevisionUpload> wire = new ArrayList<>();
            for (PendingRevision r : batch) {
                byte[] content = r.content();
                wire.add(new RevisionUpload(r.changeId(), r.promiseId(), r.number(), r.issuedAt(), r.format(), r.fingerprint(),
                        Sha256.of(content), Base64.getEncoder().encodeToString(content)));
            }
            RevisionPushResponse response = client.pushRevisions(new RevisionPushRequest(wire));
            Map<UUID, RevisionResult> byChange = new HashMap<>();
            response.results().forEach(result -> byChange.put(result.changeId(), result));
            List<UUID> answered = new ArrayList<>();
            for (PendingRevision r : batch) {
                RevisionResult result = byChange.get(r.changeId());
                if (result == null) {
                    throw new SyncException("the central store did not answer for revision " + r.number() + " of promise "
                            + r.promiseId() + "; nothing was lost, sync again");
                }
                switch (result.outcome()) {
                    case RevisionResult.APPLIED, RevisionResult.DUPLICATE -> { }
                    case RevisionResult.KEPT_BESIDE -> notices.add(keptBeside(r, result));
                    default -> throw new SyncException("the central store answered \"" + result.outcome()
                            + "\" for revision " + r.number() + " of promise " + r.promiseId()
                            + ", which this version does not know");
                }
                answered.add(r.changeId());
            }
            uploads.acknowledge(answered);
            pushed.accept(batch.size());
        }
    }

    private static String keptBeside(PendingRevision r, RevisionResult result) {
        String notice = "Revision " + r.number() + " of promise " + r.promiseId() + " was also issued on another device"
                + " with other content; the central store keeps both (" + result.sameNumber().size() + " other)."
                + " Check which one the customer has.";
        LOG.warn(notice);
        return notice;
    }
}
