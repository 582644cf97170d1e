package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.promisedesk.ExpectedLog;
import com.promisedesk.Slow;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.PromiseRow;
import com.promisedesk.sync.ConnectionCode;
import com.promisedesk.sync.TokenFile;
import com.promisedesk.ui.shell.DesktopApp;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A rep connects the app on its first run without a terminal: the Connect screen, a code from a real
 * central store on loopback, the first sync, each wrong connection in its own words, and Sign out.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class ConnectInTheAppTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ExpectedLog threadsLog = ExpectedLog.of(Threads.class);

    private Path dataDir;
    private Stage stage;
    private DesktopApp app;
    private CentralStoreForTheApp central;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dataDir = dir.resolve("laptop");
        central = new CentralStoreForTheApp(dir.resolve("central"));
        app = new DesktopApp(dataDir);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
        central.close();
    }

    @Test
    void aRepWorksOfflineFirstThenConnectsWithACodeGetsTheCatalogAndSignsOut(FxRobot robot) throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            central.publishCatalog();
            // First run: the Connect screen, the keyboard in the code field, no rail screen chosen.
            waitUntil("the Connect screen shows", () -> visible(robot, "#codeField"));
            waitUntil("the code field has the keyboard", () -> robot.lookup("#codeField").query().isFocused());
            assertThat(robot.lookup("#promisesButton").queryAs(ToggleButton.class).isSelected()).isFalse();

            // Local work never waits: Esc works offline, and a draft is saved.
            robot.type(KeyCode.ESCAPE);
            waitUntil("the promise list shows", () -> visible(robot, "#newButton"));
            robot.push(KeyCode.SHORTCUT, KeyCode.N);
            waitUntil("a new draft is open", () -> app.promises().editor().promiseProperty().get() != null);
            robot.push(KeyCode.ALT, KeyCode.C);
            robot.write("Hansa Logistik");
            waitUntil("the draft waits to be sent", () -> robot.lookup("#pendingStatus").queryAs(Label.class).getText()
                    .equals("1 change to sync"));

            // Later: from the Sync screen, the code IT sent.
            robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
            Label status = robot.lookup((Node n) -> n instanceof Label && "status".equals(n.getId())).queryAs(Label.class);
            press(robot, "#syncNow");
            waitUntil("sync says it is not set up", () -> status.getText().startsWith("Sync is not set up yet"));
            assertThat(robot.lookup("#openConnect").queryButton().getText()).isEqualTo("Connect to the central store…");
            assertThat(threadsLog.takeErrors()).singleElement().asString().startsWith("Work failed: no central store yet");
            press(robot, "#openConnect");
            waitUntil("the code field has the keyboard", () -> robot.lookup("#codeField").query().isFocused());
            String code = central.code("anna", "rep");
            String token = ConnectionCode.parse(code).token();
            robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).setText(code)); // pasted
            robot.type(KeyCode.ENTER);

            // Checked, remembered, and the first sync brings the published catalog and sends the draft.
            waitUntil("the first sync ends", () -> status.getText().startsWith("Synced: "));
            assertThat(status.getText()).contains("new catalog " + CentralStoreForTheApp.PUBLISHED);
            waitUntil("the status bar names the new catalog", () -> robot.lookup("#catalogStatus").queryAs(Label.class)
                    .getText().equals("Catalog " + CentralStoreForTheApp.PUBLISHED));
            Path tokenFile = dataDir.resolve(TokenFile.NAME);
            assertThat(Files.readString(tokenFile).strip()).isEqualTo(token);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");

            press(robot, "#openConnect");
            waitUntil("the connection is shown", () -> visible(robot, "#signOut"));
            assertThat(text(robot, "#connectedServer")).isEqualTo("Connected to " + central.url());
            assertThat(text(robot, "#connectedWho")).isEqualTo("as anna (rep)");

            press(robot, "#signOut");
            waitUntil("the token file is gone", () -> !Files.exists(tokenFile));
            waitUntil("the code field is back", () -> visible(robot, "#codeField"));
            assertThat(text(robot, "#connectMessage")).isEqualTo("Signed out: the token is gone from this computer."
                    + " Your promises and the catalog stay here.");
            try (LocalStore store = LocalStore.open(dataDir)) {
                assertThat(store.promises().list()).extracting(PromiseRow::customer).containsExactly("Hansa Logistik");
                assertThat(store.catalogs().current().orElseThrow().version()).isEqualTo(CentralStoreForTheApp.PUBLISHED);
                assertThat(store.sync().serverUrl()).as("the address stays: a new token is enough").contains(central.url());
            }
        } finally {
            root.detachAppender(log);
        }
        List<String> logged = log.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).toList();
        assertThat(logged).as("what was logged").isNotEmpty();
        assertThat(logged).noneMatch(line -> line.contains("pd_") || line.contains(ConnectionCode.PREFIX));
    }

    @Test
    void eachWrongConnectionIsSaidInItsOwnWordsAndNothingIsRemembered(FxRobot robot) throws Exception {
        waitUntil("the Connect screen shows", () -> visible(robot, "#codeField"));
        robot.interact(() -> place(1280, 800));

        String revoked = central.code("bob", "rep");
        central.revoke("bob");
        assertThat(connectWith(robot, revoked)).isEqualTo("That code was revoked — ask IT for a new one");
        assertMessageShowsWhole(robot);

        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        String token = central.token("anna", "rep");
        assertThat(connectWith(robot, new ConnectionCode("http://127.0.0.1:" + free, token).text()))
                .isEqualTo("Cannot reach 127.0.0.1: nothing answers at 127.0.0.1:" + free + ". Check the address, or"
                        + " ask IT whether the central store is running.");
        assertMessageShowsWhole(robot);
        assertThat(connectWith(robot, new ConnectionCode(central.url() + "/promisedesk", token).text()))
                .isEqualTo("There is no PromiseDesk central store at " + central.url() + "/promisedesk. Check the"
                        + " address with IT (for example https://promises.example.com, without a path).");
        assertMessageShowsWhole(robot);
        assertThat(connectWith(robot, new ConnectionCode("http://promises.example.com", token).text()))
                .isEqualTo("Refusing plain http:// to promises.example.com: the token would travel in clear. Use the"
                        + " https:// address (ask IT for it).");
        assertMessageShowsWhole(robot);
        assertThat(connectWith(robot, central.code("lena", "approver:sales-lead")))
                .isEqualTo("That code is for approver:sales-lead, not for a rep's app — ask IT for a rep's code");
        assertThat(dataDir.resolve(TokenFile.NAME)).doesNotExist();

        // The other way in: the address and the token apart.
        press(robot, "#switchForm");
        waitUntil("the address field has the keyboard", () -> robot.lookup("#addressField").query().isFocused());
        robot.write(central.url());
        robot.interact(() -> robot.lookup("#tokenField").queryAs(TextField.class).setText(token));
        robot.clickOn("#tokenField").type(KeyCode.ENTER);
        waitUntil("connected", () -> dataDir.resolve(TokenFile.NAME).toFile().exists());
        waitUntil("the Sync screen shows the first sync", () -> robot.lookup("#syncButton").queryAs(ToggleButton.class)
                .isSelected());
        waitUntil("the first sync ends", () -> robot.lookup((Node n) -> n instanceof Label && "status".equals(n.getId()))
                .queryAs(Label.class).getText().startsWith("Synced: "));
    }

    /** Pastes {@code code} into the field, presses Enter, and returns the sentence shown once the check ends. */
    private String connectWith(FxRobot robot, String code) throws Exception {
        TextField field = robot.lookup("#codeField").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(code);
            field.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil("the check ends", () -> !field.isDisabled() && !text(robot, "#connectMessage").isEmpty()
                && !text(robot, "#connectMessage").startsWith("Checking"));
        return text(robot, "#connectMessage");
    }

    /** The message is on screen whole at 1280×800: wrapped, not cut off, inside the window. */
    private void assertMessageShowsWhole(FxRobot robot) {
        Label message = robot.lookup("#connectMessage").queryAs(Label.class);
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        var bounds = message.localToScene(message.getBoundsInLocal());
        assertThat(message.isVisible()).isTrue();
        assertThat(new LayoutCheck(List.of(), List.of()).findings(stage.getScene())).isEmpty();
        assertThat(bounds.getMaxX()).as("right edge").isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(bounds.getMaxY()).as("bottom edge").isLessThanOrEqualTo(stage.getScene().getHeight());
        assertThat(bounds.getHeight()).as("height").isGreaterThanOrEqualTo(message.prefHeight(message.getWidth()) - 0.5);
    }

    private void place(int width, int height) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> node.isVisible() && node.getScene() != null
                && ancestorsVisible(node)).orElse(false);
    }

    private static boolean ancestorsVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).match(Node::isVisible).queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Waited 30 s, but not: " + what, e);
        }
    }
}
