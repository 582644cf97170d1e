package com.promisedesk.check;

import java.util.List;

/** One of the checks of docs/checking.md, "The rules", applied to a catalog line. */
interface LineRule {

    /** Adds what this rule finds about the line to {@code findings}; nothing when it has nothing to say. */
    void judge(LineContext line, List<Finding> findings);
}
