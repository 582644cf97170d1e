package com.promisedesk.ui;

import static com.promisedesk.ui.TourSteps.press;
import static com.promisedesk.ui.TourSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Language;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
 * The read-back in the customer's language, chosen in the editor's header: every step in that
 * language (headings, dates, buttons, how many points are open), nothing cut off or drawn over
 * anything at 1280×800, long German and Polish words included. Writes a PNG of each step to
 * {@code target/screens/readback-LANG-N-1280x800.png} to look at.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class ReadBackInTheCustomersLanguageTest {

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private Stage stage;
    private SampleDesk desk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = SampleDesk.fill(dataDir);
        app = new DesktopApp(dataDir);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** The text of every label and button under {@code node}, as the customer reads the screen. */
    private static String texts(javafx.scene.Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled && labeled.isVisible()) {
            texts.add(labeled.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.add(texts(child)));
        }
        return String.join(" | ", texts);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DE | Sie haben uns gesagt | Weiter → | 1 Punkt noch offen | Dezember 2026 | We will deliver",
        "PL | Powiedzieli nam Państwo | Dalej → | Pozostał 1 otwarty punkt | grudnia 2026 | You told us"})
    void everyStepIsInTheCustomersLanguageAndWhole(Language language, String toldUs, String next, String open,
                                                   String month, String english, FxRobot robot) throws Exception {
        robot.interact(() -> ScreenTour.place(stage, 1280, 800));
        waitUntil("the app has opened the store", 10, () -> app.promises() != null);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1); // Today is the first screen: to the promises
        robot.interact(() -> app.promises().open(desk.ostwind.id()));
        waitUntil("the editor shows the lines", 10, () -> robot.lookup("#lineTable").tryQuery()
                .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false));
        ComboBox<Language> chooser = robot.lookup("#languageField").queryComboBox();
        assertThat(chooser.getValue()).as("none chosen reads as English").isEqualTo(Language.EN);
        robot.interact(() -> chooser.setValue(language));

        press(robot, "#readBackButton");
        waitUntil("the read-back shows the first expectation", 10, () -> robot.lookup(".readback-quote").tryQuery().isPresent());
        LayoutCheck check = new LayoutCheck(List.of(), List.of());
        List<String> seen = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        Path screens = Files.createDirectories(Path.of("target", "screens"));
        int steps = desk.ostwind.expectations().size() + desk.ostwind.lines().size();
        for (int step = 1; step <= steps; step++) {
            int n = step;
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                check.findings(stage.getScene()).forEach(f -> findings.add("step " + n + ": " + f));
                seen.add(texts(robot.lookup(".readback").query()));
                try {
                    ScreenShots.write(stage.getScene().snapshot(null), screens.resolve(
                            "readback-" + language.tag() + "-" + n + "-1280x800.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            robot.type(KeyCode.RIGHT);
        }

        assertThat(findings).isEmpty();
        String all = String.join("\n", seen);
        assertThat(all).contains(toldUs, next, open, month).doesNotContain(english, "Nothing to read back")
                .doesNotContainPattern("(readback|summary)\\.[a-zA-Z]+");
    }
}
