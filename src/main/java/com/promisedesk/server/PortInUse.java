package com.promisedesk.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the server's port is taken, asked before anything starts, so that the answer is
 * one line ("port 8420 on 127.0.0.1 is already in use by process 4242 (java)") and not
 * the web server's failure to start. Which process holds it is told where the operating
 * system says (Linux: {@code /proc}); finding it is best effort and never fails.
 */
final class PortInUse {

    private static final String LISTEN = "0A";

    private PortInUse() {
    }

    /** Why the server cannot listen on {@code bind:port} because another program does; empty when it is free. */
    static Optional<String> check(String bind, int port) {
        if (port == 0) {
            return Optional.empty();
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as the server itself binds: a port in TIME_WAIT is not "in use"
            probe.bind(new InetSocketAddress(bind, port));
            return Optional.empty();
        } catch (BindException e) {
            if (e.getMessage() == null || !e.getMessage().toLowerCase(Locale.ROOT).contains("in use")) {
                return Optional.empty(); // another reason (an address not of this machine): the server tells it
            }
            return Optional.of("port " + port + " on " + bind + " is already in use"
                    + holder(port).map(p -> " by " + p).orElse("")
                    + ": stop that program, or run the server with another --port");
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "process 4242 (java)" listening on {@code port}, when /proc tells; empty anywhere else. */
    static Optional<String> holder(int port) {
        try {
            Optional<String> inode = listeningInode(port);
            return inode.isEmpty() ? Optional.empty() : processWith("socket:[" + inode.get() + "]");
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> listeningInode(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                if (f.length > 9 && f[1].endsWith(hexPort) && LISTEN.equals(f[3]) && !"0".equals(f[9])) {
                    return Optional.of(f[9]);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> processWith(String socket) throws IOException {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                if (holds(process, socket)) {
                    String name = readQuietly(process.resolve("comm"));
                    return Optional.of("process " + process.getFileName() + (name.isEmpty() ? "" : " (" + name + ")"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean holds(Path process, String socket) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    if (socket.equals(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException | RuntimeException e) {
                    // closed meanwhile, or not ours to read: look on
                }
            }
        } catch (IOException | RuntimeException e) {
            return false; // another user's process: /proc does not tell
        }
        return false;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
