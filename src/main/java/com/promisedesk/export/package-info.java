/**
 * The written summary a customer holds the company to: one {@link com.promisedesk.export.Summary}
 * built from a promise, its catalog and its check, rendered to HTML (which also becomes the PDF),
 * Markdown and plain text, with a SHA-256 fingerprint over its customer-visible content.
 *
 * <p>Customer-facing only: no tiers, approvers, owners, capacity or internal notes leave this
 * package. Imports {@code domain} and {@code check}; never {@code store}, {@code ui} or JavaFX.
 */
package com.promisedesk.export;
