/**
 * The local SQLite store: migrations, repositories and the outbox every local change
 * writes in the same transaction. Imports {@code domain}, {@code check}, {@code file} (a
 * stored catalog is read back from its catalog file text), {@code jdbc} and {@code failure}.
 */
package com.promisedesk.store;
