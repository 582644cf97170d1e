package com.promisedesk.sync;

import com.promisedesk.store.SyncRecords;
import com.promisedesk.sync.wire.PullResponse;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The pulled pages of a round, in order, each read from its answer into what the local
 * store takes. While the caller writes page n, page n+1 is already asked for and read on
 * another thread: on a first sync the device's reading (the answer's JSON, each promise
 * checked) took about a fifth of its time, one core idle while SQLite (one writer) waited
 * for it (docs/benchmarks.md, 2026-12-05). Only reading runs ahead: the caller still
 * writes each page with its cursor in one transaction, in order, so a round stopped
 * anywhere loses at most the page read ahead, which the next round asks for again.
 */
final class PullPages implements AutoCloseable {

    /** Where the answers come from: the central store, or a benchmark's recorded answers. */
    interface Source {
        PullResponse pull(long since) throws SyncException;
    }

    /**
     * @param answer    the answer as the central store sent it
     * @param local     the page as the local store takes it
     * @param readNanos time spent reading the promises of the answer (not its JSON: the client counts that)
     */
    record Page(PullResponse answer, SyncRecords.PulledPage local, long readNanos) {
    }

    private final Source source;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "sync-read-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private long since;
    private Future<Page> next;

    PullPages(Source source, long since) {
        this.source = source;
        this.since = since;
        this.next = reader.submit(() -> read(since));
    }

    private Page read(long from) throws SyncException {
        PullResponse answer = source.pull(from);
        long started = System.nanoTime();
        SyncRecords.PulledPage local = SyncRound.local(answer);
        return new Page(answer, local, System.nanoTime() - started);
    }

    /** The next page, waiting while it is read; the one after it is asked for at once when more wait. */
    Page next() throws SyncException {
        Page page = await();
        long cursor = page.answer().cursor();
        if (cursor < since) {
            throw new SyncException("the central store sent cursor " + cursor + ", behind this device's " + since
                    + "; was it restored from an old backup? Ask whoever runs it");
        }
        since = cursor;
        next = page.answer().more() ? reader.submit(() -> read(cursor)) : null;
        return page;
    }

    private Page await() throws SyncException {
        if (next == null) {
            throw new IllegalStateException("no page waits after the last one");
        }
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(0, "network", "sync was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SyncException failure) {
                throw failure;
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops reading ahead: an answer still on its way is dropped, nothing was written from it. */
    @Override
    public void close() {
        reader.shutdownNow();
    }
}
