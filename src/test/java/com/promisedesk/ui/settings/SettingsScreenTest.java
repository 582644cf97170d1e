package com.promisedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import com.promisedesk.SampleDay;
import com.promisedesk.Slow;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Profile;
import com.promisedesk.store.ReadOnlyFolder;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import com.promisedesk.ui.promises.PromisesAreaViewModel;
import com.promisedesk.ui.summary.SummaryPreviewViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings screen driven by the keyboard and mouse, over a real local store: the sender
 * typed there is on the next written summary (its PDF read back), a bad e-mail address is
 * refused and nothing is saved, and Back up my data writes a store, or nothing and why.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    private static final String FIRST_PROFILE = "company=Fleetwise GmbH\nrep=Jonas Keller\n";

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private LocalStore store;
    private Promise ostwind;
    private Path backupPlace;

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(Profile.FILE_NAME), FIRST_PROFILE, StandardCharsets.UTF_8);
        store = LocalStore.open(data);
        CurrentCatalog.loadOrImportSample(store);
        try (var in = getClass().getResourceAsStream("/com/promisedesk/sample/promise-ostwind.json")) {
            ostwind = PromiseFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "promise-ostwind.json");
        }
        store.promises().save(ostwind);
        SettingsViewModel model = new SettingsViewModel(store, new Threads(background, Platform::runLater), SampleDay.CLOCK);
        SettingsView view = new SettingsView(model, (window, name) -> Optional.of(backupPlace.resolve(name)));
        Scene scene = new Scene(ViewLoader.load(SettingsView.class, () -> view), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/com/promisedesk/ui/promisedesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() throws Exception {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void theSenderTypedInSettingsIsOnTheNextSummary(FxRobot robot) throws Exception {
        waitUntil("the profile is shown", () -> text(robot, "#companyField").equals("Fleetwise GmbH"));
        typeOver(robot, "#companyField", "Ostsee Vertrieb GmbH");
        typeOver(robot, "#repField", "Zoe Nowak");
        typeOver(robot, "#emailField", "zoe.nowak@ostsee.example");
        typeOver(robot, "#phoneField", "+49 381 555 0199");
        robot.clickOn("#paperChoice");
        robot.clickOn("Letter");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil("it is saved", () -> robot.lookup("#saveMessage").queryAs(Label.class).getText().startsWith("Saved."));

        byte[] pdf = summaryAsTheAppExportsIt();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Ostsee Vertrieb GmbH", "Zoe Nowak", "zoe.nowak@ostsee.example", "+49 381 555 0199")
                    .doesNotContain("Fleetwise", "Jonas Keller");
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("Letter, as chosen").isEqualTo(612f);
        }
    }

    @Test
    void aBadEmailIsRefusedBesideTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        waitUntil("the profile is shown", () -> text(robot, "#companyField").equals("Fleetwise GmbH"));
        typeOver(robot, "#companyField", "Other AG");
        robot.press(KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT);
        waitUntil("Alt+E reaches the e-mail field", () -> robot.lookup("#emailField").query().isFocused());
        robot.write("jonas.keller.fleetwise.example");
        robot.clickOn("#saveButton");

        Label problem = robot.lookup("#emailProblem").queryAs(Label.class);
        waitUntil("the e-mail address is questioned", () -> problem.isVisible() && !problem.getText().isEmpty());
        assertThat(problem.getText()).startsWith("An e-mail address has one @");
        assertThat(robot.lookup("#saveMessage").queryAs(Label.class).getText())
                .isEqualTo("Not saved: the e-mail address needs a look.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(store.file().resolveSibling(Profile.FILE_NAME), StandardCharsets.UTF_8))
                .isEqualTo(FIRST_PROFILE);
    }

    @Test
    void backUpMyDataWritesAFileThatOpensAsAStoreWithTheSamePromises(FxRobot robot) throws Exception {
        backupPlace = Files.createDirectories(dir.resolve("usb stick"));
        scrollToTheBackup(robot);
        robot.clickOn("#backupButton");

        Label message = robot.lookup("#backupMessage").queryAs(Label.class);
        waitUntil("the backup is done", () -> message.getText().startsWith("Backed up to "));
        Path backup = backupPlace.resolve("promisedesk-backup-2026-11-23.db");
        assertThat(message.getText()).contains(backup.toString(), "put this file in place of promisedesk.db");
        Path restored = Files.createDirectories(dir.resolve("restored"));
        Files.copy(backup, restored.resolve("promisedesk.db"));
        try (LocalStore copy = LocalStore.open(restored)) {
            assertThat(copy.promises().find(ostwind.id())).contains(store.promises().find(ostwind.id()).orElseThrow());
        }
    }

    @Test
    void aBackupIntoAReadOnlyFolderFailsPlainlyAndLeavesNoFile(FxRobot robot) throws Exception {
        backupPlace = ReadOnlyFolder.make(dir.resolve("read-only"));
        try {
            scrollToTheBackup(robot);
            scrollToTheBackup(robot);
        robot.clickOn("#backupButton");

            Label message = robot.lookup("#backupMessage").queryAs(Label.class);
            waitUntil("the backup has failed", () -> message.getText().startsWith("Could not back up"));
            assertThat(message.getText()).isEqualTo("Could not back up the local store to "
                    + backupPlace.resolve("promisedesk-backup-2026-11-23.db") + ": permission denied."
                    + " Nothing was written; choose another folder and try again.");
            assertThat(message.getPseudoClassStates()).anyMatch(state -> state.getPseudoClassName().equals("failed"));
            try (var files = Files.list(backupPlace)) {
                assertThat(files).isEmpty();
            }
            assertThat(log.takeErrors()).singleElement().asString().endsWith("permission denied");
        } finally {
            ReadOnlyFolder.release(backupPlace);
        }
    }

    /** The app's Summary → Export PDF: composed as the Promises screen does, laid out and written by the preview's model. */
    private byte[] summaryAsTheAppExportsIt() throws Exception {
        List<PromisesAreaViewModel.SummaryToShow> shown = new ArrayList<>();
        PromisesAreaViewModel promises = new PromisesAreaViewModel(store, JudgingInUse.of(store,
                Judging.of(store, CurrentCatalog.load(store).orElseThrow()), Threads.inline()), Threads.inline(),
                SampleDay.CLOCK, status -> { });
        promises.summaryOf(promises.editorOf(ostwind), shown::add);
        PromisesAreaViewModel.SummaryToShow summary = shown.get(0);
        SummaryPreviewViewModel preview = new SummaryPreviewViewModel(summary.written()::build, summary.layout(),
                Threads.inline());
        preview.load();
        Path file = dir.resolve("summary.pdf");
        preview.export(ExportFormat.PDF, file);
        assertThat(preview.messageProperty().get()).startsWith("Saved PDF");
        return Files.readAllBytes(file);
    }

    private static void typeOver(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static String text(FxRobot robot, String field) {
        return robot.lookup(field).queryTextInputControl().getText();
    }

    /** As a rep does: the backup is the last section, below the fold of a laptop's screen. */
    private static void scrollToTheBackup(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".settings-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Waited 20 s, but not: " + what, e);
        }
    }
}
