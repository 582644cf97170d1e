package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Main;
import com.promisedesk.server.ServerDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central store as its own JVM ({@code promisedesk server}), as an IT person runs it,
 * so a test can kill it with SIGKILL and start it again on the same database. No child
 * outlives its test: {@link #close} kills it, and a shutdown hook kills any left over
 * when the test JVM ends.
 */
final class ServerProcess implements AutoCloseable {

    /** The command line after {@code promisedesk} and the environment of a server on one test database. */
    record Launch(List<String> arguments, Map<String, String> environment) {
    }

    private static final Pattern LISTENING = Pattern.compile("^Central store listening on http://\\S+:(\\d+) ");
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Logger LOG = LoggerFactory.getLogger(ServerProcess.class);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill-left-over-central-stores"));
    }

    private final Process process;
    private final int port;
    private final Deque<String> lastLines;

    private ServerProcess(Process process, int port, Deque<String> lastLines) {
        this.process = process;
        this.port = port;
        this.lastLines = lastLines;
    }

    /** Starts {@code promisedesk server} on {@code port} (0: a free one) and waits until it listens. */
    static ServerProcess start(Launch launch, int port) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(launch.arguments());
        command.addAll(List.of("--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(ServerDatabase.USER_ENV);
        builder.environment().remove(ServerDatabase.PASSWORD_ENV);
        builder.environment().putAll(launch.environment());
        Process process;
        long started = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        RUNNING.add(process);
        Deque<String> lastLines = new ArrayDeque<>();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(process, lastLines, listening), "central-store-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int listeningOn = listening.get(60, TimeUnit.SECONDS);
            LOG.info("Central store process {} listening on port {} after {} ms", process.pid(), listeningOn,
                    (System.nanoTime() - started) / 1_000_000);
            return new ServerProcess(process, listeningOn, lastLines);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            RUNNING.remove(process);
            throw new IllegalStateException("the central store did not start listening: " + e + "\n"
                    + String.join("\n", snapshot(lastLines)), e);
        }
    }

    /** Keeps the last lines for a failure message; completes {@code listening} with the port the server named. */
    private static void read(Process process, Deque<String> lastLines, CompletableFuture<Integer> listening) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 40) {
                        lastLines.removeFirst();
                    }
                }
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    listening.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // The process died; its end is reported below.
        }
        listening.completeExceptionally(new IllegalStateException("the process ended"));
    }

    private static List<String> snapshot(Deque<String> lines) {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, no request in flight is finished. Returns once the process is gone. */
    void killNow() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@link #killNow}, then proof that it was SIGKILL and that the process and its port are gone. */
    void kill() {
        killNow();
        assertThat(process.isAlive()).as("process %d alive after SIGKILL", pid()).isFalse();
        RUNNING.remove(process);
        assertThat(process.exitValue()).as("exit of process %d (137 = killed by SIGKILL); last lines:%n%s", pid(),
                String.join("\n", snapshot(lastLines))).isEqualTo(137);
        assertThat(ProcessHandle.of(pid()).filter(ProcessHandle::isAlive)).as("process %d alive", pid()).isEmpty();
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            throw new AssertionError("port " + port + " still accepts connections after the kill");
        } catch (ConnectException expected) {
            // Nobody listens any more.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            killNow();
        }
        RUNNING.remove(process);
    }
}
