package com.promisedesk.server;

import com.promisedesk.failure.FailureWords;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code server signin-link --user NAME}: a one-time link to the web console for a person,
 * made by IT on the central store's database (as {@code server token create} is). The link
 * signs in with the person's newest live token, once, within 15 minutes.
 */
@Command(name = "signin-link", description = "Print a one-time sign-in link to the web console for a person:"
        + " it works once, within 15 minutes.")
public final class ServerSigninLink extends ServerCommandBase implements Callable<Integer> {

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who the link is for (they need a live token).")
    String user;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8420", paramLabel = "URL",
            description = "The address people open the console at (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "The server's database (default: SQLite in --data-dir).")
    String db;

    @Override
    public Integer call() {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return fail(BAD_USAGE, "--url must start with https:// or http://, was \"" + url + "\"");
        }
        if ((db == null || db.isBlank()) && !Files.exists(dataDir().resolve(ServerDatabase.SQLITE_FILE))) {
            return fail(BAD_USAGE, "there is no central store in " + dataDir() + " (no " + ServerDatabase.SQLITE_FILE
                    + " there). Give the --data-dir or --db the server runs with.");
        }
        try (ServerDatabase database = ServerDatabase.open(db, dataDir())) {
            ConsoleSessions sessions = new ConsoleSessions(database, Clock.systemUTC(),
                    com.promisedesk.server.console.ConsoleSettings.DEFAULT_IDLE);
            Optional<String> secret = sessions.link(user);
            if (secret.isEmpty()) {
                return fail(BAD_DATA, user + " has no live token; create one first: promisedesk server token create --user "
                        + user + " --role ROLE");
            }
            out().println("One-time sign-in link for " + user + ", valid for 15 minutes, usable once:");
            out().println(url.replaceAll("/+$", "") + "/console/link/" + secret.get());
            return 0;
        } catch (ServerStoreException e) {
            return fail(STORE_FAILED, e.getMessage(), e);
        } catch (SQLException e) {
            return fail(STORE_FAILED, "the central store's database failed: " + FailureWords.why(e), e);
        }
    }
}
