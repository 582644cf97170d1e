package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.server.CentralServer;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerCommand;
import com.promisedesk.server.ServerDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.OptionalLong;
import picocli.CommandLine;

/** A central store on loopback and the command line with the server's commands, as the jar has them. */
final class CentralStoreAtHand implements AutoCloseable {

    final ServerDatabase database;
    final CentralServer server;
    private final Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    CentralStoreAtHand(Path dir) {
        this.dir = dir;
        database = ServerDatabase.sqlite(dir);
        server = CentralServer.start(database, CentralServer.Settings.loopback(0), Clock.systemUTC());
    }

    String url() {
        return server.uri().toString();
    }

    String token(String user, String role) throws SQLException {
        return server.tokens().create(Principal.of(user, role)).token();
    }

    /** A token made as IT makes one, with {@code server token create} on this store's folder: its last line. */
    String tokenByCommand(String user, String role) {
        assertThat(run("--data-dir", dir.toString(), "server", "token", "create", "--user", user, "--role", role))
                .as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    /** Runs {@code args}; its stdout and stderr are in {@link #out} and {@link #err} until the next run. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = PromiseDeskCommand.commandLine((d, m) -> OptionalLong.empty(), new ServerCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    void runOk(String... args) {
        assertThat(run(args)).as(err.toString()).isZero();
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
