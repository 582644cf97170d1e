/**
 * The catalog file (YAML, or JSON of the same shape) and the promise file (JSON), as
 * docs/catalog.md and docs/promise-file.md specify them, and the team's bookings as a small
 * CSV. {@link com.promisedesk.store.file.CatalogFile}, {@link com.promisedesk.store.file.PromiseFile}
 * and {@link com.promisedesk.store.file.BookingsFile} are the public entry points;
 * every problem in a file becomes a {@link com.promisedesk.store.file.BadFileException}
 * naming the file, line, column, field and why, and nothing half-built escapes.
 *
 * <p>Values are read from a Jackson tree field by field (no data binding), so the
 * path of every value is known; its line is found only when something is wrong, by
 * walking the text once more. Imports {@code domain}, {@code check} (for the team's
 * bookings), {@code store.FailureWords} (to word a file that cannot be read), Jackson and
 * SnakeYAML (for the YAML reader's limits).
 */
package com.promisedesk.store.file;
