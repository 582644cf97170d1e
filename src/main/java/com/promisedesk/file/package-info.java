/**
 * The files PromiseDesk reads and writes for people and other tools: the catalog file
 * (YAML, or JSON of the same shape) and the promise file (JSON), as docs/catalog.md and
 * docs/promise-file.md specify them, the team's bookings file of {@code check --bookings},
 * a named file read as UTF-8 text ({@link com.promisedesk.file.FileText}), and the
 * SHA-256 of a file's exact bytes ({@link com.promisedesk.file.Sha256}).
 * {@link com.promisedesk.file.CatalogFile}, {@link com.promisedesk.file.PromiseFile} and
 * {@link com.promisedesk.file.BookingsFile} are the entry points; every problem in a file
 * becomes a {@link com.promisedesk.file.BadFileException} naming the file, line, column,
 * field and why, and nothing half-built escapes.
 *
 * <p>Values are read from a Jackson tree field by field (no data binding), so the
 * path of every value is known; its line is found only when something is wrong, by
 * walking the text once more (SnakeYAML's positions for YAML). Below {@code store} and
 * {@code server}, which both read these files: imports only {@code domain}, {@code check}
 * (the team's bookings), {@code failure}, Jackson and SnakeYAML.
 */
package com.promisedesk.file;
