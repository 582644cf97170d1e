package com.promisedesk.domain;

/** What a customer notice is about (issue 19, "Customer notice"). */
public enum NoticeKind {
    /** An agreed promise is at risk or a milestone slipped: what changed, our plan, what we need. */
    CHANGE,
    /** A milestone was reached: a short update, sent the same way. */
    UPDATE
}
