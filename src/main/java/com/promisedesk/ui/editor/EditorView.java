package com.promisedesk.ui.editor;

import com.promisedesk.store.CatalogRepository;
import com.promisedesk.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;

/**
 * The promise editor, put together from its panes, each an included FXML with its own view
 * and view-model slice: header, lines, lists, line detail and approval. This view only
 * builds them and wires what crosses panes (the editor's keys, the focus after a request).
 */
public final class EditorView {

    private final EditorViewModel model;
    private final HeaderView header;
    private final LinesView lines;
    private final EditorListsView lists;
    private final LineDetailView detail;
    private final ApprovalView approval;

    @FXML private VBox root;

    /** What the editor asks of the app around it. */
    public interface EditorActions {
        void back();

        void readBack();

        /** Preview, print or export the written summary. */
        void summary();
    }

    public EditorView(EditorViewModel model, CatalogRepository catalogs, EditorActions actions) {
        this(model, catalogs, actions, null);
    }

    /**
     * @param catalogs the catalog the add-line picker searches
     * @param approval the selected line's exception request (null: no "Request approval…", as in a warm-up)
     */
    public EditorView(EditorViewModel model, CatalogRepository catalogs, EditorActions actions, LineExceptionRequest approval) {
        this.model = model;
        this.header = new HeaderView(model, actions);
        this.lines = new LinesView(new LinesViewModel(model, catalogs));
        this.lists = new EditorListsView(model.lists());
        this.detail = new LineDetailView(new LineDetailViewModel(model));
        this.approval = new ApprovalView(approval);
    }

    @FXML
    private void initialize() {
        EditorKeys.install(root, model::say);
        // Back to the lines once a request is sent, so the rep carries on with the next line.
        approval.onSent(lines::focusLines);
    }

    /** Loads the editor's FXML with this controller and its panes'. */
    public Parent load() {
        return ViewLoader.load(EditorView.class, () -> this, header, lines, lists, detail, approval);
    }

    /** Where the keyboard goes when the editor opens. */
    public Node focusTarget() {
        return lines.focusTarget();
    }
}
