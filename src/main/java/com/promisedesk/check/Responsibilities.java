package com.promisedesk.check;

import com.promisedesk.domain.Responsibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The customer's responsibilities of a promise: its own, as written, then those its lines'
 * catalog requirements create. A derived one that the promise already lists for the same
 * line (same words, ignoring case) is not repeated; the listed one keeps the earlier of the
 * two due dates, because the line slips if the customer is later than the catalog needs.
 */
final class Responsibilities {

    private Responsibilities() {
    }

    static List<Responsibility> merge(List<Responsibility> own, List<Responsibility> derived) {
        List<Responsibility> all = new ArrayList<>(own);
        for (Responsibility next : derived) {
            int same = sameFor(all, next);
            if (same < 0) {
                all.add(next);
            } else {
                Responsibility listed = all.get(same);
                all.set(same, new Responsibility(listed.text(), earlier(listed.due(), next.due()), listed.lines()));
            }
        }
        return all;
    }

    private static int sameFor(List<Responsibility> all, Responsibility derived) {
        String words = derived.text().strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < all.size(); i++) {
            Responsibility listed = all.get(i);
            if (listed.text().strip().toLowerCase(Locale.ROOT).equals(words)
                    && listed.lines().containsAll(derived.lines())) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
