package com.promisedesk.ui.notice;

import com.promisedesk.export.Notice;

/**
 * What the notice screen does to the notice, each run in the background: the store, the
 * checker and PDF layout are behind it. {@link StoredNotice} is the app's.
 */
public interface NoticeDesk {

    /** The promise's open draft, or a new one drafted from the reasons it is at risk. */
    Notice open();

    /** Keeps the rep's words as the draft and returns the notice as it now reads. */
    Notice keep(String changed, String plan);

    /**
     * Keeps the rep's words and issues the draft with the promise's next revision; returns the issued notice.
     *
     * @throws com.promisedesk.domain.InvalidValueException when there is no plan
     */
    Notice issue(String changed, String plan);

    /** Records that the issued notice was sent; returns when, in words ("sent 6 Dec 2026 14:02"). */
    String markSent();
}
