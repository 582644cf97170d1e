/**
 * The central store: the HTTP API (Javalin), token auth, and its storage on SQLite or
 * PostgreSQL with Flyway migrations (db/server). May import sync (the wire format),
 * file (to read catalog and promise files), jdbc (the transaction template and statements
 * it shares with the local store), failure, check and domain; never store (the device's
 * own storage), ui or cli.
 */
package com.promisedesk.server;
