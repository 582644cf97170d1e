/**
 * The local SQLite store: migrations, repositories and the outbox every local change
 * writes in the same transaction; and the catalog and promise files (the interchange
 * formats). Imports only {@code domain} and {@code check}.
 */
package com.promisedesk.store;
