/**
 * The jar's entry point ({@link com.promisedesk.Main}): it hands the command line the desktop
 * app and the central store's command, the one place that may import {@code ui}, {@code server}
 * and {@code cli} together. And how the jar logs ({@link com.promisedesk.JarLogging}), the one
 * class that may import Logback.
 */
package com.promisedesk;
