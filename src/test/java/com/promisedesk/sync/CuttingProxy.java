package com.promisedesk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that drops the connection once a set number of bytes (both
 * directions together, counted from {@link #cutAfter}) has passed: the network failing
 * at a chosen byte of a push or a pull.
 */
final class CuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cutting-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong budget = new AtomicLong(Long.MAX_VALUE);
    private final AtomicBoolean cut = new AtomicBoolean();

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
        cut.set(false);
        budget.set(bytes < 0 ? Long.MAX_VALUE : bytes);
    }

    /** Whether a connection was dropped since the last {@link #cutAfter}. */
    boolean didCut() {
        return cut.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                threads.execute(() -> pump(client, server));
                threads.execute(() -> pump(server, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                long left = budget.getAndAdd(-n);
                if (left < n) {
                    if (left > 0) {
                        out.write(buffer, 0, (int) left);
                        out.flush();
                    }
                    cut.set(true);
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
