/**
 * The catalog file (YAML, or JSON of the same shape) and the promise file (JSON), as
 * docs/catalog.md and docs/promise-file.md specify them. {@link com.promisedesk.store.file.CatalogFile} and
 * {@link com.promisedesk.store.file.PromiseFile} are the only public entry points;
 * every problem in a file becomes a {@link com.promisedesk.store.file.BadFileException}
 * naming the file, line, column, field and why, and nothing half-built escapes.
 *
 * <p>Values are read from a Jackson tree field by field (no data binding), so the
 * path of every value is known; its line is found only when something is wrong, by
 * walking the text once more. Imports only {@code domain} and Jackson.
 */
package com.promisedesk.store.file;
