/**
 * The jar's entry point ({@link com.promisedesk.Main}): it hands the command line the desktop
 * app and the central store's command, the one place that may import {@code ui}, {@code server}
 * and {@code cli} together.
 */
package com.promisedesk;
