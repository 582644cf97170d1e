/**
 * The wire format of sync (docs/sync-protocol.md): plain records that Jackson reads and
 * writes, shared by the sync client and the central store. Imports only the JDK and Jackson.
 */
package com.promisedesk.sync.wire;
