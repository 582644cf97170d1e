/**
 * Why something failed, in plain words: {@link com.promisedesk.failure.FailureWords}, the
 * one place an exception (a file, the network, SQLite) becomes what a person reads. The
 * lowest layer but {@code domain}, so every other layer may use it; imports only the JDK
 * and the SQLite driver's error codes.
 */
package com.promisedesk.failure;
