/**
 * Command-line entry points (picocli). The only layer besides the launcher that writes
 * to standard output. May import {@code store}, {@code check}, {@code export},
 * {@code sync} and {@code domain}; never JavaFX.
 */
package com.promisedesk.cli;
