/**
 * The words of PromiseDesk as records and enums: capability, catalog, promise,
 * commitment line, verdict, expectation, responsibility, extra, revision, milestone,
 * exception request. Immutable and validated in their constructors.
 *
 * <p>Imports nothing but the JDK: no I/O, no JavaFX, no JDBC.
 */
package com.promisedesk.domain;
