/**
 * The JDBC plumbing the local store and the central store share: one transaction template
 * ({@link com.promisedesk.jdbc.TransactionTemplate}: begin, work, commit or roll back, a
 * connection left in doubt discarded), how a transaction begins on each kind of database
 * ({@link com.promisedesk.jdbc.TransactionStyle}), statements prepared once per piece of
 * work, and how values become column text. Below {@code store} and {@code server}; imports
 * only the JDK. No SQL of either store's tables lives here.
 */
package com.promisedesk.jdbc;
