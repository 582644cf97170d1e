package com.promisedesk.server;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.server.console.ConsoleSettings;
import com.promisedesk.server.mail.MailSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code promisedesk server}: the central store, until stopped (Ctrl-C or SIGTERM
 * finishes requests in flight). Lives here, not in cli, because only the top of the
 * layers may reach the server: {@code Main} adds it to the command line. Failures are
 * one line on stderr: 64 bad usage, 65 bad value, 69 the port is taken, 74 the database failed.
 */
@Command(name = "server", description = "Run the central store (SQLite file in --data-dir by default, or --db PostgreSQL).",
        // Its own text for the root's --data-dir (the central store's folder), also for server token …
        resourceBundle = "com.promisedesk.server.ServerHelp",
        subcommands = {ServerCommand.Token.class, ServerSigninLink.class})
public final class ServerCommand extends ServerCommandBase implements Callable<Integer> {

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--port", defaultValue = "8420", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "jdbc:postgresql://host/db; user and password from "
            + ServerDatabase.USER_ENV + " and " + ServerDatabase.PASSWORD_ENV + ". Default: SQLite in --data-dir.")
    String db;

    @Option(names = "--max-body-mb", defaultValue = "16", paramLabel = "MB", description = "Largest request body in MB (default: ${DEFAULT-VALUE}).")
    int maxBodyMb;

    @Option(names = "--console-idle-minutes", defaultValue = "30", paramLabel = "MIN",
            description = "The web console signs a person out after this many idle minutes (default: ${DEFAULT-VALUE}).")
    int consoleIdleMinutes;

    @Option(names = "--behind-proxy", description = "A TLS reverse proxy stands in front: believe its X-Forwarded-Proto,"
            + " X-Forwarded-For and X-Forwarded-Host (the console's cookie is then Secure).")
    boolean behindProxy;

    @Option(names = "--mail-host", paramLabel = "HOST", description = "The mail server for e-mail notices (or "
            + MailSettings.HOST_ENV + "); without one, notices are off. Each --mail-… option has a PROMISEDESK_MAIL_…"
            + " variable; the option wins.")
    String mailHost;

    @Option(names = "--mail-port", paramLabel = "PORT", description = "Its port (default: 587 with starttls, 465 with"
            + " tls, 25 with none).")
    Integer mailPort;

    @Option(names = "--mail-tls", paramLabel = "none|starttls|tls", description = "How the mail connection is"
            + " protected (default: starttls, required).")
    String mailTls;

    @Option(names = "--mail-user", paramLabel = "NAME", description = "The mail server's user; the password only from "
            + MailSettings.PASSWORD_ENV + ".")
    String mailUser;

    @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "The address notices come from.")
    String mailFrom;

    @Option(names = "--console-address", paramLabel = "URL", description = "The address people open the console at,"
            + " for the links in notices (or " + MailSettings.CONSOLE_ADDRESS_ENV + "), e.g. https://promises.example.com.")
    String consoleAddress;

    @Option(names = "--mail-digest-at", paramLabel = "HH:MM", description = "When the daily digest of requests waiting"
            + " over a day goes out, in UTC (default: 08:00).")
    String mailDigestAt;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            return fail(BAD_USAGE, "--port must be between 0 and 65535, was " + port);
        }
        if (maxBodyMb < 1) {
            return fail(BAD_USAGE, "--max-body-mb must be at least 1, was " + maxBodyMb);
        }
        if (consoleIdleMinutes < 1 || consoleIdleMinutes > 7 * 24 * 60) {
            return fail(BAD_USAGE, "--console-idle-minutes must be between 1 and 10080 (a week), was " + consoleIdleMinutes);
        }
        MailSettings mail;
        try {
            mail = MailSettings.of(new MailSettings.Given(mailHost, mailPort, mailTls, mailUser, mailFrom, consoleAddress,
                    mailDigestAt), System.getenv()).orElse(null);
        } catch (IllegalArgumentException e) {
            return fail(BAD_USAGE, e.getMessage());
        }
        Optional<String> taken = PortInUse.check(bind, port);
        if (taken.isPresent()) {
            return fail(UNAVAILABLE, taken.get());
        }
        ServerDatabase database;
        try {
            database = ServerDatabase.open(db, dataDir());
        } catch (ServerStoreException e) {
            return fail(STORE_FAILED, e.getMessage(), e);
        }
        CentralServer server;
        try {
            server = CentralServer.start(database, new CentralServer.Settings(bind, port, maxBodyMb * 1024L * 1024L,
                    Duration.ofSeconds(20), new ConsoleSettings(Duration.ofMinutes(consoleIdleMinutes), behindProxy))
                    .withMail(mail), Clock.systemUTC());
        } catch (Exception e) { // Jetty also throws checked exceptions it does not declare
            database.close();
            taken = PortInUse.check(bind, port); // taken in between?
            return taken.isPresent() ? fail(UNAVAILABLE, taken.get())
                    : fail(STORE_FAILED, "could not listen on " + bind + ":" + port + ": " + FailureWords.why(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            database.close();
            stopped.countDown();
        }, "central-store-shutdown"));
        out().println("Central store listening on http://" + bind + ":" + server.port() + " (" + database.description()
                + "). Stop with Ctrl-C.");
        out().println("Web console (approvers, catalog owner, managers, IT): http://" + bind + ":" + server.port() + "/console");
        if (mail != null) {
            out().println("E-mail notices: " + mail);
        }
        out().flush();
        stopped.await();
        return 0;
    }

    /** {@code server token create|list|revoke}: on the central store's database directly. */
    @Command(name = "token", description = "Create, list or revoke API tokens.",
            subcommands = {Create.class, ListTokens.class, Revoke.class})
    public static final class Token {
    }

    /** The database options the token commands share with the server. */
    abstract static class OnDatabase extends ServerCommandBase implements Callable<Integer> {

        @Option(names = "--db", paramLabel = "JDBC-URL", description = "The server's database (default: SQLite in --data-dir).")
        String db;

        @Override
        public Integer call() {
            String wrong = checkBeforeOpening();
            if (wrong != null) {
                return fail(BAD_USAGE, wrong); // an option value no command takes: bad usage, as the README says
            }
            Path file = dataDir().resolve(ServerDatabase.SQLITE_FILE);
            boolean newStore = (db == null || db.isBlank()) && !Files.exists(file);
            if (newStore && !makesAStore()) {
                // A wrong --data-dir (a rep's, say) must not leave an empty central store behind.
                return fail(BAD_USAGE, "there is no central store in " + dataDir() + " (no " + ServerDatabase.SQLITE_FILE
                        + " there). Give the --data-dir or --db the server runs with.");
            }
            try (ServerDatabase database = ServerDatabase.open(db, dataDir())) {
                if (newStore) {
                    out().println("Made a new central store: " + file + " (run the server with the same --data-dir).");
                }
                return run(new Tokens(database, Clock.systemUTC()));
            } catch (ServerStoreException e) {
                return fail(STORE_FAILED, e.getMessage(), e);
            } catch (SQLException e) {
                return fail(STORE_FAILED, "the central store's database failed: " + FailureWords.why(e), e);
            }
        }

        abstract int run(Tokens tokens) throws SQLException;

        /** What is wrong with the command's own options, before any database is touched; null when nothing. */
        String checkBeforeOpening() {
            return null;
        }

        /** Whether this command may make the central store's SQLite file where there is none. */
        boolean makesAStore() {
            return false;
        }
    }

    @Command(name = "create", description = "Create a token; it is printed once, alone on the last line. Only its hash is kept.")
    public static final class Create extends OnDatabase {

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who the token is for (e.g. anna).")
        String user;

        @Option(names = "--role", required = true, paramLabel = "rep|approver:ROLE|catalog-owner|manager|admin",
                description = "rep, catalog-owner, manager, admin or approver:ROLE (e.g. approver:sales-lead).")
        String role;

        @Option(names = "--email", paramLabel = "ADDRESS", description = "Where the central store's e-mail notices for"
                + " this person go (optional).")
        String email;

        @Option(names = "--address", paramLabel = "URL", description = "The address reps reach the central store at"
                + " (e.g. https://promises.example.com, the TLS proxy's): also prints a connection code for the app.")
        String address;

        @Override
        String checkBeforeOpening() {
            try {
                Principal.of(user, role);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            String wrong = Tokens.wrongEmail(email, "--email");
            return wrong != null || address == null ? wrong : ConnectionCodes.wrongAddress(address);
        }

        @Override
        boolean makesAStore() {
            return true; // the first token of a new team may come before the server's first start
        }

        @Override
        int run(Tokens tokens) throws SQLException {
            Tokens.CreatedToken created = tokens.create(Principal.of(user, role), email, AuditTrail.COMMAND_LINE);
            if (address == null) {
                // Before the token, which stays alone on the last line (| tail -1).
                out().println(ConnectionCodes.HOW_TO_GET_ONE);
            }
            out().println("Token " + created.id() + " for " + user + " (" + role + "). It is shown only now:");
            out().println(created.token());
            if (address != null) {
                out().println("Connection code for the app (send it to " + user + "; shown only now):");
                out().println(ConnectionCodes.code(address, created.token()));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List tokens (never the tokens themselves).")
    public static final class ListTokens extends OnDatabase {

        @Override
        int run(Tokens tokens) throws SQLException {
            var rows = tokens.list();
            if (rows.isEmpty()) {
                out().println("No tokens yet; create one with: promisedesk server token create --user NAME --role rep");
            }
            for (Tokens.TokenRow row : rows) {
                out().printf("%s  %-20s  %-24s  created %s%s%n", row.id(), row.user(), row.role(), row.createdAt(),
                        row.revokedAt() == null ? "" : "  REVOKED " + row.revokedAt());
            }
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke a token by its id (see token list); it stops working at once.")
    public static final class Revoke extends OnDatabase {

        @Parameters(paramLabel = "ID", description = "The token's id.")
        String id;

        @Override
        int run(Tokens tokens) throws SQLException {
            if (!tokens.revoke(id)) {
                return fail(BAD_DATA, "no live token has the id " + id + " (see: promisedesk server token list)");
            }
            out().println("Revoked token " + id);
            return 0;
        }
    }
}
