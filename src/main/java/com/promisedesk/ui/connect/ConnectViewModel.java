package com.promisedesk.ui.connect;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.sync.ConnectionCheck;
import com.promisedesk.sync.RememberedServer;
import com.promisedesk.sync.SyncException;
import com.promisedesk.ui.Threads;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Connect screen: what the rep typed (a connection code, or an address and a token), the
 * check in the background, its one sentence, and once connected where and as whom, with Sign out.
 * Nothing is remembered until the check passes; the token is never put in a message or the log.
 */
public final class ConnectViewModel {

    /** What the shell does next: run the first sync after connecting; leave the screen for local work. */
    public interface Next {
        void connected();

        void workOffline();
    }

    static final String CHECKING = "Checking the connection…";
    static final String SIGNED_OUT = "Signed out: the token is gone from this computer. Your promises and the"
            + " catalog stay here.";

    private final RememberedServer remembered;
    private final ConnectionCheck check;
    private final Threads threads;
    private Next next = new Next() {
        @Override
        public void connected() {
        }

        @Override
        public void workOffline() {
        }
    };

    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final BooleanProperty byAddress = new SimpleBooleanProperty(this, "byAddress", false);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected", false);
    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper(this, "server", "");
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(this, "who", "");

    public ConnectViewModel(RememberedServer remembered, ConnectionCheck check, Threads threads) {
        this.remembered = remembered;
        this.check = check;
        this.threads = threads;
    }

    /** Set once by the shell (or the Settings screen) that shows this view. */
    public void setNext(Next next) {
        this.next = next;
    }

    /** Reads what is remembered, in the background: connected or not, and the address to offer again. */
    public void refresh() {
        threads.load(() -> {
            try {
                return new Remembered(remembered.remembered().map(c -> c.address().toString()),
                        remembered.rememberedAddress());
            } catch (SyncException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, now -> {
            connected.set(now.connection().isPresent());
            server.set(now.connection().orElse(""));
            if (address.get().isBlank()) {
                address.set(now.address().orElse(""));
            }
        }, failure -> fail(FailureWords.describe(failure)));
    }

    /** Connect (Enter): checks what was typed; remembers it only when it passes. */
    public void connect() {
        if (checking.get()) {
            return;
        }
        boolean apart = byAddress.get();
        String typedCode = code.get();
        String typedAddress = address.get();
        String typedToken = token.get();
        checking.set(true);
        failed.set(false);
        message.set(CHECKING);
        threads.load(() -> {
            ConnectionCheck.Result result = apart ? check.addressAndToken(typedAddress, typedToken)
                    : check.code(typedCode);
            if (result.connected()) {
                try {
                    remembered.remember(result.connection().orElseThrow());
                } catch (SyncException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }
            return result;
        }, result -> {
            checking.set(false);
            message.set(result.message());
            failed.set(!result.connected());
            if (result.connected()) {
                connected.set(true);
                server.set(result.connection().orElseThrow().address().toString());
                who.set(result.me().map(me -> me.user() + " (" + me.role() + ")").orElse(""));
                code.set("");
                token.set("");
                next.connected();
            }
        }, failure -> {
            checking.set(false);
            fail(FailureWords.describe(failure));
        });
    }

    /** Sign out: forgets the token; the address, the promises and the catalog stay. */
    public void signOut() {
        threads.load(() -> {
            try {
                remembered.forgetToken();
                return true;
            } catch (SyncException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, done -> {
            connected.set(false);
            who.set("");
            failed.set(false);
            message.set(SIGNED_OUT);
        }, failure -> fail(FailureWords.describe(failure)));
    }

    /** "Work offline for now" (Esc): local work never waits for a connection. */
    public void workOffline() {
        next.workOffline();
    }

    private void fail(String words) {
        failed.set(true);
        message.set(words);
    }

    private record Remembered(Optional<String> connection, Optional<String> address) {
    }

    /** The pasted connection code. */
    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    /** The alternative form: the address and the token apart instead of a code. */
    public BooleanProperty byAddressProperty() {
        return byAddress;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The message says what is wrong (not progress, not success). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** The central store's address while connected. */
    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    /** The user and role the token belongs to, as the central store said at connecting. */
    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }
}
