package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each rule of the layout check finds what it is for, on a small real scene, and a sound scene passes. */
@Slow
@ExtendWith(ApplicationExtension.class)
class LayoutCheckTest {

    private static final LayoutCheck STRICT = new LayoutCheck(List.of(), List.of());

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void aListWithItemsSqueezedBelowOneRowIsFound(FxRobot robot) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("SUP-PREM", "SUP-STD"));
        list.setId("matches");
        list.setMinHeight(0);
        Region table = new Region();
        table.setMinHeight(194);
        VBox box = new VBox(list, table);
        box.setPrefSize(400, 200);
        box.setMaxHeight(200);

        assertThat(findings(robot, () -> box, STRICT))
                .anyMatch(f -> f.startsWith("#matches") && f.contains("has items but shows") && f.contains("one row"));
    }

    @Test
    void aControlSmallerThanItsMinimumIsFound(FxRobot robot) {
        Button agree = new Button("Agree");
        agree.setId("agree");
        agree.setManaged(false);
        agree.resize(20, 10);

        assertThat(findings(robot, () -> new Pane(agree), STRICT))
                .anyMatch(f -> f.startsWith("#agree \"Agree\" is 20×10, smaller than its minimum"));
    }

    @Test
    void aLabelCutOffWithAnEllipsisIsFoundUnlessAllowed(FxRobot robot) {
        java.util.function.Supplier<Parent> screen = () -> {
            Label title = new Label("Fleet analytics rollout for 450 trucks with SAP integration");
            title.setId("title");
            title.setMaxWidth(120);
            return new VBox(title);
        };
        LayoutCheck allowing = new LayoutCheck(List.of(new LayoutCheck.Allowed("the title", "a test",
                node -> "title".equals(node.getId()))), List.of());

        assertThat(findings(robot, screen, STRICT)).singleElement().asString()
                .startsWith("#title \"Fleet analytics rollout for 450 trucks with SAP integration\" is cut off: shows \"Fleet");
        assertThat(findings(robot, screen, allowing)).isEmpty();
    }

    @Test
    void wrappedTextTallerThanItsLabelIsFound(FxRobot robot) {
        Label title = new Label("Fleet analytics rollout for 450 trucks with SAP integration");
        title.setId("title");
        title.setWrapText(true);
        title.setManaged(false);
        title.resize(150, 20);

        List<String> found = findings(robot, () -> new Pane(title), STRICT);
        assertThat(found).isNotEmpty().allMatch(f -> f.startsWith("#title") && f.contains("is cut off"));
    }

    @Test
    void controlsDrawnOverEachOtherAreFoundUnlessAnOverlay(FxRobot robot) {
        java.util.function.Supplier<Parent> screen = () -> {
            Button summary = new Button("Summary");
            summary.setId("summary");
            Button readBack = new Button("Read back");
            readBack.setId("readBack");
            readBack.relocate(20, 4);
            return new Pane(summary, readBack);
        };
        LayoutCheck overlay = new LayoutCheck(List.of(), List.of(new LayoutCheck.Allowed("read back", "a test",
                node -> "readBack".equals(node.getId()))));

        assertThat(findings(robot, screen, STRICT)).singleElement().asString()
                .startsWith("#summary \"Summary\"").contains("and #readBack \"Read back\"").contains("overlap by");
        assertThat(findings(robot, screen, overlay)).isEmpty();
    }

    @Test
    void aSoundScreenHasNoFindings(FxRobot robot) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("SUP-PREM", "SUP-STD"));
        VBox screen = new VBox(8, new Label("Promises"), new Button("New promise"), list);

        assertThat(findings(robot, () -> screen, STRICT)).isEmpty();
    }

    /** The findings on the screen {@code screen} makes, built on the JavaFX thread in a 600×400 window. */
    private List<String> findings(FxRobot robot, java.util.function.Supplier<Parent> screen, LayoutCheck check) {
        AtomicReference<List<String>> found = new AtomicReference<>(new ArrayList<>());
        robot.interact(() -> {
            Parent root = screen.get();
            Scene scene = new Scene(new VBox(root), 600, 400);
            stage.setScene(scene);
            root.applyCss();
            scene.getRoot().layout();
            found.set(check.findings(scene));
        });
        return found.get();
    }
}
