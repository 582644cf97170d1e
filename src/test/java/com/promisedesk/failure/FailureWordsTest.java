package com.promisedesk.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.promisedesk.store.StoreException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reasons of real failures (files, the network, SQLite), each in words, never a Java name. */
class FailureWordsTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereAFolderShouldBeIsInTheWay() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "x");
        assertThat(FailureWords.why(catchThrowable(() -> Files.createDirectories(file.resolve("store")))))
                .isEqualTo("a file of that name is in the way");
        assertThat(FailureWords.why(catchThrowable(() -> Files.createDirectory(file))))
                .isEqualTo("a file of that name is in the way");
    }

    @Test
    void aMissingFileAndAFolderReadAsAFile() {
        assertThat(FailureWords.why(catchThrowable(() -> Files.readString(dir.resolve("nothing.json")))))
                .isEqualTo("there is no such file or folder");
        assertThat(FailureWords.why(catchThrowable(() -> Files.readString(dir)))).isEqualTo("it is a folder, not a file");
    }

    @Test
    void aClosedPortIsConnectionRefusedEvenWrapped() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Throwable refused = catchThrowable(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/me")).build(),
                HttpResponse.BodyHandlers.discarding()));
        assertThat(FailureWords.why(refused)).isEqualTo("connection refused");
        assertThat(FailureWords.why(new IllegalStateException("sync failed", refused))).isEqualTo("connection refused");
    }

    @Test
    void aFileThatIsNoDatabaseIsToldAsSuch() throws Exception {
        Path notes = Files.writeString(dir.resolve("promisedesk.db"), "my notes, not a database\n".repeat(100));
        Throwable failure = catchThrowable(() -> {
            try (var connection = DriverManager.getConnection("jdbc:sqlite:" + notes)) {
                connection.createStatement().execute("SELECT * FROM sqlite_master");
            }
        });
        assertThat(FailureWords.damagedDatabase(failure)).isTrue();
        assertThat(FailureWords.why(failure)).isEqualTo("it is not a PromiseDesk database, or it is damaged");
        assertThat(FailureWords.damagedDatabase(new IllegalStateException("busy"))).isFalse();
    }

    @Test
    void aStoreAnotherProgramHoldsIsBusyNotAnSqlCode() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("promisedesk.db");
        try (var holder = DriverManager.getConnection(url); var other = DriverManager.getConnection(url)) {
            holder.createStatement().execute("CREATE TABLE t (x)");
            holder.createStatement().execute("BEGIN EXCLUSIVE");
            other.createStatement().execute("PRAGMA busy_timeout = 0");
            Throwable busy = catchThrowable(() -> other.createStatement().execute("INSERT INTO t VALUES (1)"));
            assertThat(FailureWords.why(new StoreException("could not save", busy)))
                    .isEqualTo("another program is using it; try again in a moment");
        }
    }

    @Test
    void aMessageThatNamesJavaIsNeverPassedOn() {
        assertThat(FailureWords.why(new RuntimeException(new IllegalStateException())))
                .isEqualTo(FailureWords.UNKNOWN);
        assertThat(FailureWords.why(new IllegalArgumentException("the quantity must be positive")))
                .isEqualTo("the quantity must be positive");
        assertThat(FailureWords.plain("could not reach: ConnectException")).isFalse();
        assertThat(FailureWords.plain("SQL State  : null")).isFalse();
    }
}
