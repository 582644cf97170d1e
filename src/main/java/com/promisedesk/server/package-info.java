/**
 * The central store: the HTTP API (Javalin), token auth, and its storage on SQLite or
 * PostgreSQL with Flyway migrations (db/server). May import sync (the wire format),
 * file (to read catalog and promise files), check and domain; never ui or cli.
 */
package com.promisedesk.server;
