/**
 * The Sync button, its progress and the status bar's sync line (last sync, pending
 * changes, end-of-day reminder). No view of its own: the shell binds a button, a
 * progress bar and labels to {@link com.promisedesk.ui.sync.SyncViewModel}.
 */
package com.promisedesk.ui.sync;
