package com.promisedesk.ui;

import com.promisedesk.sync.ConnectionCode;
import java.net.ServerSocket;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The Connect screen in each of its states, reached from the Sync screen as a rep reaches it, against a
 * real central store on loopback: empty, a code half typed, the address and token form, a failure said
 * under the field, and connected. Each state is looked at in every size of {@link ScreenTour#SIZES}.
 */
final class ConnectTour {

    /** The states, in the order the tour reaches them. */
    static final List<String> SCREENS = List.of("connect", "connect-typing", "connect-address", "connect-failed",
            "connect-connected");

    private final FxRobot robot;
    private final Stage stage;
    private final CentralStoreForTheApp central;

    ConnectTour(FxRobot robot, Stage stage, CentralStoreForTheApp central) {
        this.robot = robot;
        this.stage = stage;
        this.central = central;
    }

    void walk(ScreenTour.Visitor visitor) throws Exception {
        press("#syncButton");
        press("#openConnect");
        TextField code = robot.lookup("#codeField").queryAs(TextField.class);
        waitUntil("the code field shows", code::isVisible);
        visit("connect", visitor);

        String whole = central.code("anna", "rep");
        robot.interact(code::requestFocus);
        robot.write(whole.substring(0, 30));
        visit("connect-typing", visitor);

        press("#switchForm");
        robot.write(central.url());
        visit("connect-address", visitor);
        press("#switchForm");

        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        String nowhere = new ConnectionCode("http://127.0.0.1:" + free, ConnectionCode.parse(whole).token()).text();
        robot.interact(() -> code.setText(nowhere));
        press("#connectButton");
        Label message = robot.lookup("#connectMessage").queryAs(Label.class);
        waitUntil("the check fails", () -> message.getText().startsWith("Cannot reach"));
        visit("connect-failed", visitor);

        robot.interact(() -> code.setText(whole));
        press("#connectButton");
        waitUntil("the first sync ends", () -> robot.lookup((Node n) -> n instanceof Label && "status".equals(n.getId()))
                .queryAs(Label.class).getText().startsWith("Synced"));
        press("#openConnect");
        waitUntil("Sign out shows", () -> robot.lookup("#signOut").query().isVisible());
        visit("connect-connected", visitor);
    }

    private void visit(String screen, ScreenTour.Visitor visitor) throws Exception {
        for (int[] size : ScreenTour.SIZES) {
            robot.interact(() -> ScreenTour.place(stage, size[0], size[1]));
            waitUntil("the window is " + size[0] + "×" + size[1], () -> stage.getScene().getWidth() == size[0]
                    && stage.getScene().getHeight() == size[1]);
            TourSteps.visit(robot, screen + "-" + size[0] + "x" + size[1], stage, visitor);
        }
    }

    private void press(String button) {
        TourSteps.press(robot, button);
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        TourSteps.waitUntil(what, 30, condition);
    }
}
