package com.promisedesk.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy on loopback that drops the connection at a chosen point: once a set number
 * of bytes (both directions together, counted from {@link #cutAfter}) has passed, once a
 * whole request has reached the server, or at the first byte of the server's answer. The
 * network failing at a chosen byte of a push or a pull; with {@link #onCut}, the server
 * killed at that moment.
 */
final class CuttingProxy implements AutoCloseable {

    /** Where the armed cut falls in a chunk: how many of its bytes pass first, or -1 when all pass. */
    private interface Cut {
        int within(boolean toServer, byte[] bytes, int n);
    }

    private static final Cut NEVER = (toServer, bytes, n) -> -1;

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cutting-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicBoolean cut = new AtomicBoolean();
    private volatile Cut armed = NEVER;
    private volatile Runnable onCut = () -> { };

    CuttingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** From now on, drop every connection once {@code bytes} more bytes have passed; negative for never. */
    void cutAfter(long bytes) {
        if (bytes < 0) {
            arm(NEVER);
            return;
        }
        AtomicLong budget = new AtomicLong(bytes);
        arm((toServer, chunk, n) -> {
            long left = budget.getAndAdd(-n);
            return left < n ? (int) Math.max(left, 0) : -1;
        });
    }

    /** From now on, drop the connection when the first byte of an answer comes; none of it passes. */
    void cutAtAnswer() {
        arm((toServer, chunk, n) -> toServer ? -1 : 0);
    }

    /** From now on, drop the connection as soon as one whole request (head and body) has passed to the server. */
    void cutWhenRequestSent() {
        arm(new WholeRequest());
    }

    /** Runs {@code action} (e.g. killing the server) at the first cut after arming, before the connection drops. */
    void onCut(Runnable action) {
        onCut = action;
    }

    private void arm(Cut next) {
        cut.set(false);
        armed = next;
    }

    /** Whether a connection was dropped since the last {@link #cutAfter}. */
    boolean didCut() {
        return cut.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            open.add(client);
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(server);
                threads.execute(() -> pump(client, server, true));
                threads.execute(() -> pump(server, client, false));
            } catch (IOException e) {
                // The server is down (killed, not yet restarted): the client finds the connection closed.
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean toServer) {
        byte[] buffer = new byte[1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                int passing = armed.within(toServer, buffer, n);
                if (passing >= 0) {
                    out.write(buffer, 0, passing);
                    out.flush();
                    if (cut.compareAndSet(false, true)) {
                        onCut.run();
                    }
                    closeQuietly(from);
                    closeQuietly(to);
                    return;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // The other side closed or was cut.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Counts the bytes of one HTTP/1.1 request: its head, then Content-Length bytes of body. */
    private static final class WholeRequest implements Cut {

        private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private long bodyLeft = -1;

        @Override
        public synchronized int within(boolean toServer, byte[] bytes, int n) {
            if (!toServer) {
                return -1;
            }
            int from = 0;
            if (bodyLeft < 0) {
                int before = head.size();
                head.write(bytes, 0, n);
                String text = head.toString(StandardCharsets.ISO_8859_1);
                int end = text.indexOf("\r\n\r\n");
                if (end < 0) {
                    return -1;
                }
                Matcher length = CONTENT_LENGTH.matcher(text.substring(0, end));
                bodyLeft = length.find() ? Long.parseLong(length.group(1)) : 0;
                from = end + 4 - before;
            }
            if (n - from >= bodyLeft) {
                return (int) (from + bodyLeft);
            }
            bodyLeft -= n - from;
            return -1;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(CuttingProxy::closeQuietly);
        threads.shutdownNow();
    }
}
