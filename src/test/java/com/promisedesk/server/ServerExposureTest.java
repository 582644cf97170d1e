package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.promisedesk.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What the central store shows beyond its owner: its SQLite files, and plain HTTP on a network address. */
@Slow
class ServerExposureTest {

    @TempDir
    Path dir;

    @Test
    void theSqliteStoreAndItsJournalFilesAreTheOwnersOnly() throws Exception {
        try (ServerDatabase database = ServerDatabase.sqlite(dir)) {
            new Tokens(database, Clock.systemUTC()).create(Principal.of("anna", "rep"));
            for (String name : new String[] {"central-store.db", "central-store.db-wal", "central-store.db-shm"}) {
                Path file = dir.resolve(name);
                assertThat(file).as(name).exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(name).isEqualTo("rw-------");
            }
        }
        // A store made by an older version, readable by all, is narrowed when opened.
        Files.setPosixFilePermissions(dir.resolve("central-store.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (ServerDatabase database = ServerDatabase.sqlite(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("central-store.db"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void listeningBeyondLoopbackWarnsAboutPlainHttp() {
        Logger logger = (Logger) LoggerFactory.getLogger(CentralServer.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Level before = logger.getLevel();
        logger.setLevel(Level.INFO);
        log.start();
        logger.addAppender(log);
        try (ServerDatabase database = ServerDatabase.sqlite(dir)) {
            for (String bind : new String[] {"127.0.0.1", "0.0.0.0"}) {
                CentralServer server = CentralServer.start(database, new CentralServer.Settings(bind, 0,
                        CentralServer.Settings.DEFAULT_MAX_BODY, Duration.ofSeconds(1)), Clock.systemUTC());
                server.stop();
            }
        } finally {
            logger.detachAppender(log);
            logger.setLevel(before);
        }
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains("0.0.0.0").contains("plain HTTP")
                        .contains("TLS reverse proxy"));
    }
}
