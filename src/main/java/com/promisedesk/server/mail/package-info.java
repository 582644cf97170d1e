/**
 * The central store's e-mail notices (issue 18), their parts that need no database: the
 * mail settings read from the server's flags and environment, the text of each notice in
 * the product's words (plain, short, every value made one harmless line), and the SMTP
 * postman (Jakarta Mail) with its timeouts and its failures in plain words. The outbox and
 * the courier that drains it live in {@code server} (MailOutbox, MailCourier), which uses
 * this package; this package never uses {@code server}, so the two stay free of a cycle.
 * May import server.console (the approver's view of a request), jakarta.mail and the JDK.
 */
package com.promisedesk.server.mail;
