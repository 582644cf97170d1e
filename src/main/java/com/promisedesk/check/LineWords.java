package com.promisedesk.check;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;

/** What a commitment line promises, in the words every screen uses for it. */
public final class LineWords {

    private LineWords() {
    }

    /** The bespoke text, the capability's name, or its code when the catalog does not have it ("X (not in the catalog)"). */
    public static String what(CommitmentLine line, Catalog catalog) {
        if (line.isBespoke()) {
            return line.bespoke();
        }
        return catalog.capability(line.capability()).map(Capability::name)
                .orElse(line.capability() + " (not in the catalog)");
    }
}
