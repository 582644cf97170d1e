/**
 * Connecting the app to the company's central store: the Connect screen (a connection code, or an
 * address and a token), checked at once by {@link com.promisedesk.sync.ConnectionCheck}, remembered only
 * when it passes, and "Sign out". Shown on the first run and from the Sync screen; the Settings screen
 * includes the same view. May import sync and store; never the shell.
 */
package com.promisedesk.ui.connect;
