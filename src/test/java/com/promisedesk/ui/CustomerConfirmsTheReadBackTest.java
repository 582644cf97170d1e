package com.promisedesk.ui;

import static com.promisedesk.ui.TourSteps.press;
import static com.promisedesk.ui.TourSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The customer confirms the read-back on the rep's screen by keyboard alone: the last open point
 * marked, → to the end, their name typed, Enter. The confirmation is in the local store for the next
 * revision, at the app's clock's time, and the screen says so in the customer's language. Writes
 * {@code target/screens/readback-confirmed-LANG-1280x800.png} to look at.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class CustomerConfirmsTheReadBackTest {

    /** 14:32 in Hamburg on the sample promises' first day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:32:05Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private Stage stage;
    private SampleDesk desk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = SampleDesk.fill(dataDir);
        app = new DesktopApp(dataDir, CLOCK);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DE | Ihre Bestätigung | Bestätigt von Anna Berg am 23. November 2026 um 14:32 Uhr.",
        "EN | Your confirmation | Confirmed by Anna Berg on 23 Nov 2026 at 14:32.",
        "PL | Potwierdzenie | Potwierdzono: Anna Berg, 23 listopada 2026, godz. 14:32."})
    void theCustomerTypesTheirNameAndConfirms(Language language, String heading, String done, FxRobot robot)
            throws Exception {
        robot.interact(() -> ScreenTour.place(stage, 1280, 800));
        waitUntil("the app has opened the store", 10, () -> app.promises() != null);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1); // Today is the first screen: to the promises
        robot.interact(() -> app.promises().open(desk.ostwind.id()));
        waitUntil("the editor shows the lines", 10, () -> robot.lookup("#lineTable").tryQuery()
                .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false));
        ComboBox<Language> chooser = robot.lookup("#languageField").queryComboBox();
        robot.interact(() -> chooser.setValue(language));
        press(robot, "#readBackButton");
        waitUntil("the read-back shows the first expectation", 10, () -> robot.lookup(".readback-quote").tryQuery().isPresent());

        // The fourth expectation is the one still open: → → → to it, Enter confirms it.
        robot.type(KeyCode.RIGHT, 3).type(KeyCode.ENTER);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        for (int step = 0; step < 20 && !name.getParent().isVisible(); step++) {
            robot.type(KeyCode.RIGHT);
        }
        waitUntil("the name field has the keyboard", 5, name::isFocused);
        assertThat(robot.lookup(".readback-heading").queryAs(Label.class).getText()).isEqualTo(heading);
        robot.write("Anna Berg").type(KeyCode.ENTER);
        Label said = robot.lookup("#confirmationSaid").queryAs(Label.class);
        waitUntil("the screen says it is confirmed", 10, () -> said.isVisible() && said.getText().startsWith(done));

        List<String> findings = new ArrayList<>();
        Path screens = Files.createDirectories(Path.of("target", "screens"));
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            findings.addAll(new LayoutCheck(List.of(), List.of()).findings(stage.getScene()));
            try {
                ScreenShots.write(stage.getScene().snapshot(null),
                        screens.resolve("readback-confirmed-" + language.tag() + "-1280x800.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(findings).isEmpty();
        assertThat(texts(robot.lookup(".readback").query())).doesNotContainPattern("(readback|summary)\\.[a-zA-Z]+");

        WaitForAsyncUtils.waitForFxEvents();
        try (LocalStore store = LocalStore.open(dataDir)) {
            Promise heard = store.promises().find(desk.ostwind.id()).orElseThrow();
            assertThat(store.confirmations().pendingFor(heard))
                    .contains(new CustomerConfirmation("Anna Berg", OffsetDateTime.parse("2026-11-23T14:32+01:00")));
        }
    }

    private static String texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.isVisible()) {
            texts.add(labeled.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.add(texts(child)));
        }
        return String.join(" | ", texts);
    }
}
