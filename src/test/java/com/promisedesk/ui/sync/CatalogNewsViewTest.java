package com.promisedesk.ui.sync;

import com.promisedesk.SampleDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.Judging;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.CatalogVersions;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "What changed" loads from its FXML, stays out of sight until there is news, and opens and closes by keyboard. */
@Slow
@ExtendWith(ApplicationExtension.class)
class CatalogNewsViewTest {

    private LocalStore store;
    private JudgingInUse inUse;
    private Node root;

    @Start
    void start(Stage stage) throws Exception {
        store = LocalStore.open(Files.createTempDirectory("catalog-news-view"));
        inUse = JudgingInUse.of(store, Judging.of(CurrentCatalog.loadOrImportSample(store)), Threads.inline());
        store.promises().save(Promise.draft(new Customer("Northwind Traders", "EU", null), "Fleet rollout",
                LocalDate.of(2026, 11, 23)).withLines(List.of(CommitmentLine.of("FLEET-CORE", 600, null))));
        CatalogNewsViewModel model = new CatalogNewsViewModel(inUse, store.promises(), Threads.inline(), SampleDay.CLOCK);
        root = ViewLoader.load(CatalogNewsView.class, () -> new CatalogNewsView(model));
        stage.setScene(new Scene((javafx.scene.Parent) root, 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void altWShowsTheListAndEscClosesIt(FxRobot robot) {
        assertThat(root.isVisible()).as("nothing to say before a new catalog").isFalse();
        CatalogVersions.importNext(store);
        robot.interact(() -> inUse.reload(failure -> { throw new AssertionError(failure); }));

        assertThat(root.isVisible()).isTrue();
        assertThat(robot.lookup("#headline").queryAs(Label.class).getText())
                .isEqualTo("Catalog 2026.12.1 — 1 added, 2 changed, 1 retired");
        ScrollPane list = robot.lookup("#changesScroll").queryAs(ScrollPane.class);
        assertThat(list.isVisible()).isFalse();

        robot.interact(() -> robot.lookup("#showChanges").queryAs(Button.class).requestFocus());
        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        assertThat(list.isVisible()).isTrue();
        assertThat(robot.lookup("Line 1 (Fleet analytics platform): Needs approval · tier 2 → Standard").tryQuery())
                .isPresent();
        assertThat(robot.lookup("Lead time: 10 business days → 15 business days (standard)").tryQuery()).isPresent();

        robot.interact(list::requestFocus);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(list.isVisible()).isFalse();
        assertThat(robot.lookup("#showChanges").queryAs(Button.class).isFocused()).isTrue();
    }
}
