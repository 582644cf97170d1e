/**
 * The rep's desk: what the rep does with a promise, composed once from the layers below, so
 * the desktop app and the command line (and later the central store's web console) do it
 * alike. Here lives what a written summary is made of ({@link com.promisedesk.desk.WrittenSummaries}).
 * What a promise is judged against lives in {@link com.promisedesk.store.Judging}, which this
 * package uses.
 *
 * <p>May import {@code domain}, {@code check}, {@code store} and {@code export}; never
 * JavaFX, {@code sync}, {@code ui}, {@code cli} or {@code server}. Only {@code ui},
 * {@code cli} and {@code server} may import it (LayeringTest). Nothing here reads a clock:
 * every day is passed in by the caller, from the clock it was given.
 */
package com.promisedesk.desk;
