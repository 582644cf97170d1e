/**
 * The local SQLite store: migrations, repositories and the outbox every local change
 * writes in the same transaction; and the catalog and promise files (the interchange
 * formats). Also {@code FailureWords}, the one place a failure becomes the plain words a
 * person reads, for every layer above. Imports only {@code domain} and {@code check}.
 */
package com.promisedesk.store;
