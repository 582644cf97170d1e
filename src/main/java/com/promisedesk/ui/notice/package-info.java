/**
 * The customer notice screen: what changed, our plan (required) and the notice's own pages,
 * exported or printed (which issues it with the promise's next revision) and marked sent. May
 * import desk, export, store and domain; no javafx.scene in the view model.
 */
package com.promisedesk.ui.notice;
