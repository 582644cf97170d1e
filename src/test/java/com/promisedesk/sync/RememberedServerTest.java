package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.store.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server and token: given once, remembered after, the plain-http rule the same whether given or remembered. */
class RememberedServerTest {

    @TempDir
    Path dataDir;

    private LocalStore store;
    private RememberedServer remembered;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        remembered = new RememberedServer(store.sync(), dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givenOnceThenRemembered() throws Exception {
        RememberedServer.Connection first = remembered.resolve("https://promises.example.com/", "pd_anna", false);
        assertThat(first.serverGiven()).isTrue();
        assertThat(first.tokenGiven()).isTrue();
        remembered.remember(first);

        RememberedServer.Connection later = new RememberedServer(store.sync(), dataDir).resolve(null, null, false);

        assertThat(later.address().toString()).isEqualTo("https://promises.example.com");
        assertThat(later.token()).isEqualTo("pd_anna");
        assertThat(later.serverGiven()).isFalse();
        assertThat(later.tokenGiven()).isFalse();
        assertThat(later.toString()).doesNotContain("pd_anna");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve(TokenFile.NAME)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void givenValuesOverrideTheRememberedOnesAndReplaceThemWhenRemembered() throws Exception {
        remembered.remember(remembered.resolve("https://old.example.com", "pd_old", false));

        RememberedServer.Connection newServer = remembered.resolve("https://new.example.com", null, false);
        assertThat(newServer.address().toString()).isEqualTo("https://new.example.com");
        assertThat(newServer.token()).as("the remembered token with a given server").isEqualTo("pd_old");
        RememberedServer.Connection newToken = remembered.resolve(null, "pd_new", false);
        assertThat(newToken.address().toString()).isEqualTo("https://old.example.com");
        assertThat(newToken.token()).isEqualTo("pd_new");

        remembered.remember(newToken);
        RememberedServer.Connection now = remembered.resolve(null, null, false);
        assertThat(now.address().toString()).as("only what was given is remembered").isEqualTo("https://old.example.com");
        assertThat(now.token()).isEqualTo("pd_new");
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedGivenOrRememberedUnlessAllowedThisOnce() throws Exception {
        assertThatThrownBy(() -> remembered.resolve("http://promises.example.com", "pd_x", false))
                .isInstanceOf(SyncException.class).hasMessageContaining("refusing plain http://")
                .hasMessageContaining("--insecure-http");
        remembered.remember(remembered.resolve("http://10.1.2.3:8420", "pd_x", true));

        assertThatThrownBy(() -> remembered.resolve(null, null, false)).as("--insecure-http is not remembered")
                .isInstanceOf(SyncException.class).hasMessageContaining("refusing plain http:// to 10.1.2.3");
        assertThat(remembered.resolve(null, null, true).address().toString()).isEqualTo("http://10.1.2.3:8420");
        assertThat(remembered.resolve("http://127.0.0.1:8420", null, false).address().toString())
                .as("plain http to this machine").isEqualTo("http://127.0.0.1:8420");
    }

    @Test
    void missingServerOrTokenSaysWhatToAdd() throws Exception {
        assertThatThrownBy(() -> remembered.resolve(null, "pd_x", false)).isInstanceOf(SyncException.class)
                .matches(e -> ((SyncException) e).notSetUp())
                .hasMessage("no central store yet: add --server URL --token TOKEN (sync remembers both after the first time)");
        assertThatThrownBy(() -> remembered.resolve("https://promises.example.com", null, false))
                .isInstanceOf(SyncException.class).matches(e -> ((SyncException) e).notSetUp())
                .hasMessageStartingWith("no token yet: add --token TOKEN (ask whoever runs the central store;");
    }

    @Test
    void withoutALocalStoreOnlyTheTokenIsRemembered() throws Exception {
        Path elsewhere = dataDir.resolve("owner");
        RememberedServer noStore = RememberedServer.withoutStore(elsewhere);
        assertThatThrownBy(() -> noStore.resolve(null, "pd_carl", false)).isInstanceOf(SyncException.class)
                .matches(e -> ((SyncException) e).notSetUp());

        noStore.remember(noStore.resolve("https://promises.example.com", "pd_carl", false));

        assertThat(noStore.resolve("https://promises.example.com", null, false).token()).isEqualTo("pd_carl");
        assertThat(Files.exists(elsewhere.resolve("promisedesk.db"))).as("no store is created").isFalse();
    }
}
