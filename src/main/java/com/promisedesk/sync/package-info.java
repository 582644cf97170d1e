/**
 * The sync client: one round pushes the outbox in batches and pulls what changed since
 * the cursor (docs/sync-protocol.md). Talks HTTP with java.net.http; keeps its state in
 * the local store. May import store, check and domain; never ui, cli or server.
 */
package com.promisedesk.sync;
