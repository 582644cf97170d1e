/**
 * The central store's web console (issue 18), its pages: what the templates (src/main/jte,
 * compiled at build time) show, the sections and who may open them, the deviation of a
 * requested line in numbers, the slowing of failed sign-ins, and rendering. The routes, the
 * sessions in the database and the decisions live in {@code server} (Console, ConsoleSessions,
 * ConsoleApprovals), which uses this package; this package never uses {@code server}, so the
 * two stay free of a cycle. May import sync.wire, check, domain and Javalin.
 */
package com.promisedesk.server.console;
