/**
 * The sync client: one round pushes the outbox in batches and pulls what changed since
 * the cursor (docs/sync-protocol.md). Talks HTTP with java.net.http; keeps its state in
 * the local store. Also how a conflict is compared and resolved field by field
 * (ConflictFields, ConflictPicks, ConflictWords), the one set of rules the app's Conflicts
 * screen and {@code conflicts list|resolve} share. May import store, check and domain;
 * never ui, cli or server.
 */
package com.promisedesk.sync;
