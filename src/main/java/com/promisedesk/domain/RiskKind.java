package com.promisedesk.domain;

/** Why an agreed promise is at risk (issue 19, "At risk"). */
public enum RiskKind {
    /** A newer catalog judges a line worse: retired, longer lead time, lower limit, region dropped. */
    CATALOG_WORSE,
    /** A line's promised day passed without it being delivered. */
    LINE_OVERDUE,
    /** A milestone's day passed without it being done. */
    MILESTONE_OVERDUE,
    /** A customer responsibility is overdue, which moves the lines it is linked to (rule 7). */
    RESPONSIBILITY_OVERDUE
}
