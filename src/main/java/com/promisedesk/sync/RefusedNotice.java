package com.promisedesk.sync;

import com.promisedesk.store.RefusedPromises;
import java.util.List;

/**
 * What a rep reads, every sync round, about each promise the central store refused. The
 * words do not say whether someone else holds the id (not found or not yours alike), only
 * what to do about it.
 */
final class RefusedNotice {

    private RefusedNotice() {
    }

    static List<String> of(List<RefusedPromises.Refused> refused) {
        return refused.stream().map(RefusedNotice::notice).toList();
    }

    private static String notice(RefusedPromises.Refused r) {
        return "Promise \"" + r.title() + "\" for " + r.customer() + " was not synced: the central store has no promise"
                + " of yours with its id (" + r.promiseId() + "; not found or not yours). It was probably imported from a"
                + " shared file. Remove the \"id\" line from that file and import it again to give your copy its own id;"
                + " this copy stays on this device and is no longer sent.";
    }
}
