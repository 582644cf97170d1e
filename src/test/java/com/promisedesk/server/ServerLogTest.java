package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.promisedesk.JarLogging;
import com.promisedesk.Slow;
import com.promisedesk.sync.ServerAddress;
import com.promisedesk.sync.SyncClient;
import com.promisedesk.sync.SyncException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What the central store writes to its log, as the person who runs it reads it: a line
 * per request with the user, what was published, and never a token, not even a refused one.
 */
@Slow
class ServerLogTest {

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger serverLogger = (Logger) LoggerFactory.getLogger("com.promisedesk.server");
    private Level levelBefore;
    private ServerDatabase database;
    private CentralServer server;

    @BeforeEach
    void start() {
        levelBefore = serverLogger.getLevel();
        serverLogger.setLevel(Level.INFO);  // as JarLogging has it for the jar
        log.start();
        serverLogger.addAppender(log);
        database = ServerDatabase.sqlite(dir);
        server = CentralServer.start(database, CentralServer.Settings.loopback(0), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop();
        database.close();
        serverLogger.detachAppender(log);
        serverLogger.setLevel(levelBefore);
    }

    @Test
    void eachRequestIsOneLineWithItsUserAndNoTokenIsEverWritten() throws Exception {
        Tokens tokens = new Tokens(database, Clock.systemUTC());
        String rep = tokens.create(Principal.of("anna", "rep")).token();
        String owner = tokens.create(Principal.of("carl", "catalog-owner")).token();
        String wrong = rep.substring(0, rep.length() - 4) + "XXXX";
        ServerAddress address = ServerAddress.parse(server.uri().toString(), false);

        SyncClient.create(address, rep).me();
        SyncClient.create(address, owner).publish("catalog.yaml", sampleCatalog());
        assertThatThrownBy(() -> SyncClient.create(address, wrong).me()).isInstanceOf(SyncException.class);
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/v1/health")).build(),
                HttpResponse.BodyHandlers.discarding());

        List<String> lines = lines();
        assertThat(lines).anyMatch(l -> l.matches("GET /v1/me 200 in \\d+ ms · anna"))
                .anyMatch(l -> l.matches("POST /v1/catalog 200 in \\d+ ms · carl"))
                .anyMatch(l -> l.matches("carl published catalog 2026\\.11\\.2 \\(62 capabilities\\).*"))
                .anyMatch(l -> l.matches("GET /v1/me 401 in \\d+ ms"))
                .noneMatch(l -> l.startsWith("GET /v1/health"));
        assertThat(lines).noneMatch(l -> l.contains(rep) || l.contains(owner) || l.contains(wrong)
                || l.contains(wrong.substring(3, 20)));
    }

    @Test
    void theJarsLoggingConfigurationLetsTheCentralStoreSayThisAndKeepsTheRestQuiet() throws Exception {
        LoggerContext jar = new LoggerContext();
        JarLogging.setUp(jar);  // the jar's, not logback-test.xml

        assertThat(jar.getLogger(CentralServer.class).isInfoEnabled()).isTrue();
        assertThat(jar.getLogger("com.promisedesk.store.LocalStore").isInfoEnabled()).as("the app and the command line")
                .isFalse();
        assertThat(jar.getLogger(CentralServer.class).isDebugEnabled()).as("health checks").isFalse();
    }

    /** Every message at info and above, formatted, with any stack trace. */
    private List<String> lines() {
        return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
    }

    private static String sampleCatalog() throws IOException {
        try (InputStream in = ServerLogTest.class.getResourceAsStream("/com/promisedesk/sample/catalog.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
