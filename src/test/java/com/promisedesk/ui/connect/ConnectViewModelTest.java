package com.promisedesk.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.store.LocalStore;
import com.promisedesk.sync.ConnectionCheck;
import com.promisedesk.sync.RememberedServer;
import com.promisedesk.sync.TokenFile;
import com.promisedesk.ui.Threads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connect screen's state without JavaFX running: what it says, what it remembers, what it forgets. */
class ConnectViewModelTest {

    @TempDir
    Path dataDir;

    private LocalStore store;
    private ConnectViewModel model;
    private final List<String> next = new ArrayList<>();

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        model = new ConnectViewModel(new RememberedServer(store.sync(), dataDir), new ConnectionCheck(Duration.ofSeconds(2)),
                Threads.inline());
        model.setNext(new ConnectViewModel.Next() {
            @Override
            public void connected() {
                next.add("connected");
            }

            @Override
            public void workOffline() {
                next.add("offline");
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRefusedCodeIsSaidAsAFailureAndNothingIsRemembered() {
        model.codeProperty().set("pdc1.aHR0cDovL3Byb21pc2VzLmV4YW1wbGUuY29t.pd_x.abcd");
        model.connect();
        assertThat(model.checkingProperty().get()).isFalse();
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("That connection code is incomplete or mistyped");
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(dataDir.resolve(TokenFile.NAME)).doesNotExist();
        assertThat(next).isEmpty();

        model.byAddressProperty().set(true);
        model.addressProperty().set("http://promises.example.com");
        model.tokenProperty().set("pd_x");
        model.connect();
        assertThat(model.messageProperty().get()).startsWith("Refusing plain http:// to promises.example.com:");
        assertThat(store.sync().serverUrl()).isEmpty();
    }

    @Test
    void aRememberedConnectionShowsAsConnectedAndSignOutForgetsOnlyTheToken() throws Exception {
        store.sync().rememberServer("https://promises.example.com");
        new TokenFile(dataDir).write("pd_secret");
        model.refresh();
        assertThat(model.connectedProperty().get()).isTrue();
        assertThat(model.serverProperty().get()).isEqualTo("https://promises.example.com");

        model.signOut();
        assertThat(Files.exists(dataDir.resolve(TokenFile.NAME))).isFalse();
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(ConnectViewModel.SIGNED_OUT);
        assertThat(store.sync().serverUrl()).contains("https://promises.example.com");
        model.refresh();
        assertThat(model.addressProperty().get()).as("offered again for a new token").isEqualTo("https://promises.example.com");
    }

    @Test
    void workOfflineLeavesTheScreen() {
        model.workOffline();
        assertThat(next).containsExactly("offline");
    }
}
