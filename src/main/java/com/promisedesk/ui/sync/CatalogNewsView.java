package com.promisedesk.ui.sync;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds "what changed in the new catalog" (a headline, a sentence on the open promises, the list) to its view model. */
public final class CatalogNewsView {

    private final CatalogNewsViewModel model;

    @FXML private VBox news;
    @FXML private Label headline;
    @FXML private Button showChanges;
    @FXML private Label promisesLine;
    @FXML private ScrollPane changesScroll;
    @FXML private VBox changes;

    public CatalogNewsView(CatalogNewsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        news.visibleProperty().bind(model.headlineProperty().isNotEmpty());
        news.managedProperty().bind(news.visibleProperty());
        headline.textProperty().bind(model.headlineProperty());
        promisesLine.textProperty().bind(model.promisesLineProperty());
        promisesLine.visibleProperty().bind(model.promisesLineProperty().isNotEmpty());
        promisesLine.managedProperty().bind(promisesLine.visibleProperty());
        showChanges.textProperty().bind(Bindings.when(model.listShownProperty())
                .then("Hide _what changed").otherwise("Show _what changed"));
        showChanges.setTooltip(new Tooltip("The capabilities added, changed and retired, and your lines judged"
                + " differently (Alt+W)"));
        showChanges.disableProperty().bind(model.newsProperty().isNull());
        showChanges.setOnAction(event -> model.toggleList()); // the keyboard stays here; Tab goes on into the list
        changesScroll.visibleProperty().bind(model.listShownProperty());
        changesScroll.managedProperty().bind(model.listShownProperty());
        changesScroll.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                model.toggleList();
                showChanges.requestFocus();
                event.consume();
            }
        });
        model.newsProperty().addListener((o, was, now) -> show(now));
        show(model.newsProperty().get());
    }

    private void show(CatalogNews shown) {
        changes.getChildren().clear();
        if (shown == null) {
            return;
        }
        if (!shown.rejudged().isEmpty()) {
            changes.getChildren().add(heading("Your open promises judged differently", shown.rejudged().size()));
            for (CatalogNews.Rejudged promise : shown.rejudged()) {
                changes.getChildren().add(item(null, promise.promise(), promise.lines(), false));
            }
        }
        section("Added", shown.added());
        section("Changed", shown.changed());
        section("Retired", shown.retired());
    }

    private void section(String title, List<CatalogNews.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        changes.getChildren().add(heading(title, entries.size()));
        for (CatalogNews.Entry entry : entries) {
            changes.getChildren().add(item(entry.code(), entry.name(), entry.what(), true));
        }
    }

    private static Label heading(String title, int count) {
        Label heading = new Label(title + " (" + count + ")");
        heading.getStyleClass().add("section-label");
        return heading;
    }

    /** A row: the code (if any) in its column, the name, and below the name one muted line per detail. */
    private static Node item(String code, String name, List<String> details, boolean mutedDetails) {
        VBox text = new VBox(2);
        Label title = wrapping(new Label(name));
        text.getChildren().add(title);
        for (String detail : details) {
            Label line = wrapping(new Label(detail));
            if (mutedDetails) {
                line.getStyleClass().add("muted");
            }
            text.getChildren().add(line);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(16);
        row.getStyleClass().add("news-item");
        if (code != null) {
            Label codeLabel = new Label(code);
            codeLabel.getStyleClass().addAll("code", "news-code");
            row.getChildren().add(codeLabel);
        }
        row.getChildren().add(text);
        row.setAccessibleText((code == null ? "" : code + " ") + name + ". " + String.join(". ", details));
        return row;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
