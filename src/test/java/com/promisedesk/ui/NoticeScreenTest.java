package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.RiskKind;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.export.Layout;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.NoticeRow;
import com.promisedesk.ui.notice.NoticeWindow;
import com.promisedesk.ui.notice.StoredNotice;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notice screen in use, by keyboard, at 1280×800 (headless under Monocle): the notice is
 * drafted from the reasons the promise is at risk, refused without a plan, previewed with the
 * rep's plan, issued with the promise's next revision when printed, and marked sent.
 * Screenshots go to {@code target/screens/notice-*-1280x800.png}.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class NoticeScreenTest {

    private static final LocalDate AGREED = LocalDate.of(2026, 11, 23);
    private static final Clock DEC_9 = Clock.fixed(Instant.parse("2026-12-09T09:00:00Z"), ZoneOffset.UTC);

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private LocalStore store;
    private Promise promise;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        Path data = Files.createTempDirectory("promisedesk-notice");
        store = LocalStore.open(data);
        CurrentCatalog.loadOrImportSample(store);
        Catalog catalog = CurrentCatalog.load(store).orElseThrow();
        promise = sample("promise-ostwind.json").agreed(AGREED);
        store.promises().save(promise);
        store.milestones().add(promise.id(), "Pilot trucks live", LocalDate.of(2026, 12, 4));
        List<RiskReason> reasons = List.of(
                new RiskReason(RiskKind.CATALOG_WORSE, 6, null, null, "INT-ERP-SAP: catalog 2026.12.1 needs tier 3",
                        LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 25)),
                new RiskReason(RiskKind.RESPONSIBILITY_OVERDUE, 3, null, 3, "Vehicle list overdue",
                        LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 21)),
                new RiskReason(RiskKind.MILESTONE_OVERDUE, null, 1, null, "Milestone 1 passed", null, null));
        stage = NoticeWindow.show(primary, new StoredNotice(store, promise, Judging.of(store, catalog), () -> reasons,
                Layout.of(Locale.UK), DEC_9), Layout.of(Locale.UK), new Threads(background, Platform::runLater));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        store.close();
    }

    @Test
    void aNoticeIsRefusedWithoutAPlanThenPreviewedIssuedAndMarkedSent(FxRobot robot) throws Exception {
        Label pageLabel = robot.lookup(".page-label").queryAs(Label.class);
        Label message = robot.lookup(".notice-message").queryAs(Label.class);
        Label standing = robot.lookup(".notice-standing").queryAs(Label.class);
        waitUntil(() -> pageLabel.getText().startsWith("Page 1 of"));
        TextArea changed = robot.lookup("#changedField").queryAs(TextArea.class);
        assertThat(changed.getText()).contains("SAP integration: we can no longer deliver this as we promised it.",
                "The step “Pilot trucks live”, planned for 4 Dec 2026, is not done yet.");
        assertThat(standing.getText()).isEqualTo("Draft, not issued");
        assertThat(stage.getTitle()).startsWith("Notice · Ostwind Spedition GmbH");

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil(() -> message.getText().startsWith("Write our plan first"));
        assertThat(store.revisions().list(promise.id())).as("nothing issued without a plan").isEmpty();

        robot.clickOn("#planField").write("A second onboarding team starts on Monday 14 Dec. We call you every Friday.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> message.getText().equals("Draft kept."));
        shoot(robot, "notice-preview-1280x800.png");
        assertThat(store.notices().latest(promise.id()).orElseThrow().plan()).startsWith("A second onboarding team");

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        // Headless there is no printer; the notice is issued before the printer is asked for.
        waitUntil(() -> message.getText().startsWith("No printer is set up"));
        assertThat(standing.getText()).startsWith("Issued with revision 1 · SHA-256 ");
        assertThat(store.revisions().list(promise.id())).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitUntil(() -> message.getText().startsWith("Marked sent"));
        shoot(robot, "notice-sent-1280x800.png");
        NoticeRow row = store.notices().latest(promise.id()).orElseThrow();
        assertThat(row.revision()).isEqualTo(1);
        assertThat(row.sentAt()).as("sent is recorded").isNotNull();
        assertThat(robot.lookup("#planField").queryAs(TextArea.class).isEditable()).as("an issued notice is fixed").isFalse();
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Path screens = Files.createDirectories(Path.of("target", "screens"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ScreenShots.write(stage.getScene().snapshot(null), screens.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private static Promise sample(String file) throws Exception {
        try (InputStream in = NoticeScreenTest.class.getResourceAsStream("/com/promisedesk/sample/" + file)) {
            return PromiseFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
    }
}
