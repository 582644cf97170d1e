/**
 * The Sync screen: Sync now with its progress, the status bar's sync line (last sync,
 * pending changes, end-of-day reminder), and what changed when a sync brought a new
 * catalog version ({@link com.promisedesk.ui.sync.CatalogNewsViewModel}). The conflicts
 * below it are their own screen part ({@code ui.conflicts}).
 */
package com.promisedesk.ui.sync;
