package com.promisedesk.ui.promises;

import com.promisedesk.domain.Promise;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import com.promisedesk.ui.editor.EditorView;
import com.promisedesk.ui.editor.EditorViewModel;
import com.promisedesk.ui.milestones.DeliveryView;
import com.promisedesk.ui.milestones.MilestonesView;
import com.promisedesk.ui.notice.NoticeWindow;
import com.promisedesk.ui.readback.ReadBackView;
import com.promisedesk.ui.readback.ReadBackViewModel;
import com.promisedesk.ui.summary.SummaryWindow;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * The Promises screen's area: the list, the editor of one promise, and its read-back,
 * one at a time. Opening and leaving keep the keyboard where the rep is working. What each
 * does is in {@link PromisesAreaViewModel}; this class only shows the views it hands over.
 * It is the pane that holds them (a stack showing one at a time), so it is a view itself.
 */
public final class PromisesArea extends StackPane {

    private final PromisesAreaViewModel model;
    private final Threads threads;
    private final Parent list;
    private final PromisesView listView;
    private final Consumer<Boolean> customerFacing;
    private EditorViewModel editor;
    private Parent editorRoot;
    private Node editorFocus;

    public PromisesArea(LocalStore store, JudgingInUse catalog, Threads threads, Clock clock,
                        Consumer<String> status, Consumer<Boolean> customerFacing) {
        this(new PromisesAreaViewModel(store, catalog, threads, clock, status), threads, customerFacing);
    }

    /** @param customerFacing told when the read-back is shown to the customer (true) and left (false) */
    public PromisesArea(PromisesAreaViewModel model, Threads threads, Consumer<Boolean> customerFacing) {
        this.model = model;
        this.threads = threads;
        this.customerFacing = customerFacing;
        this.listView = new PromisesView(model.list(), this::open, this::draftNew);
        listView.onMilestones(item -> showDelivery(item.id()));
        listView.onNotice(item -> openNotice(item.id()));
        this.list = ViewLoader.load(PromisesView.class, () -> listView);
        getChildren().setAll(list);
        model.list().refresh();
    }

    public Parent root() {
        return this;
    }

    public Node focusTarget() {
        return getChildren().contains(list) ? listView.focusTarget() : getChildren().get(0);
    }

    /** Starts a new draft (Ctrl+N) and opens it with the customer's name ready to type over. */
    public void draftNew() {
        model.draftNew(this::showEditor);
    }

    /** Opens the promise {@code id} in the editor. */
    public void open(UUID id) {
        model.open(id, this::showEditor);
    }

    /**
     * Builds the editor once, off screen, for a scratch promise that is never saved: the
     * first promise the rep opens then shows as fast as the later ones (class loading, FXML
     * and CSS are done while the rep is still looking at the list).
     */
    public void warmUp() {
        EditorView view = new EditorView(model.warmUpEditor(), model.catalogs(), new EditorView.EditorActions() {
            @Override
            public void back() {
                // never shown
            }

            @Override
            public void readBack() {
                // never shown
            }

            @Override
            public void summary() {
                // never shown
            }
        });
        Parent root = view.load();
        new Scene(root, 1280, 800).getStylesheets().addAll(getScene() == null
                ? List.of() : getScene().getStylesheets());
        root.applyCss();
        root.layout();
    }

    /** Reads the open editor's exception request again, as after a sync brought decisions. */
    public void refreshApproval() {
        model.refreshApproval();
    }

    /** The editor currently open, if any (for tests and the status bar). */
    public EditorViewModel editor() {
        return editor;
    }

    private void showEditor(Promise promise) {
        editor = model.editorOf(promise);
        EditorView view = new EditorView(editor, model.catalogs(), new EditorView.EditorActions() {
            @Override
            public void back() {
                showList();
            }

            @Override
            public void readBack() {
                showReadBack();
            }

            @Override
            public void summary() {
                model.summaryOf(editor, PromisesArea.this::showSummary);
            }
        }, model.lineApproval());
        editorRoot = view.load();
        editorFocus = view.focusTarget();
        show(editorRoot, editorFocus);
    }

    /** The written summary in its own window: preview, print, export. */
    private void showSummary(PromisesAreaViewModel.SummaryToShow summary) {
        SummaryWindow.open(getScene().getWindow(), summary.written(), summary.layout(), threads);
    }

    /** The customer notice of the promise {@code id} in its own window (N on the list, "Draft notice" on Today). */
    public void openNotice(UUID id) {
        openNotice(id, null);
    }

    /** As {@link #openNotice(UUID)}, drafted from {@code reasons} (Today's) when given. */
    public void openNotice(UUID id, List<RiskReason> reasons) {
        model.noticeOf(id, reasons, notice -> NoticeWindow.open(getScene().getWindow(), notice.desk(), notice.layout(),
                threads));
    }

    /** The Delivery screen of the promise {@code id} (from Today, as M on the list). */
    public void openDelivery(UUID id) {
        showDelivery(id);
    }

    /** The Delivery screen of an agreed promise (M on the list): lines, history and milestones. */
    private void showDelivery(UUID id) {
        model.deliveryOf(id, delivery -> {
            MilestonesView milestones = new MilestonesView(delivery.milestones(), delivery.title(), null);
            DeliveryView view = new DeliveryView(delivery.model(), delivery.title(), this::showList);
            show(ViewLoader.load(DeliveryView.class, () -> view, milestones), view.focusTarget());
        });
    }

    private void showReadBack() {
        ReadBackViewModel readBack = model.readBackOf(editor);
        Promise promise = editor.promiseProperty().get();
        ReadBackView view = new ReadBackView(readBack, promise.customer().name() + " · " + promise.title(),
                () -> {
                    customerFacing.accept(false);
                    show(editorRoot, editorFocus);
                });
        customerFacing.accept(true);
        show(ViewLoader.load(ReadBackView.class, () -> view), view.focusTarget());
    }

    private void showList() {
        editor = null;
        editorRoot = null;
        show(list, listView.focusTarget());
        model.leftPromise();
    }

    /**
     * Shows {@code root} with the keyboard in {@code focus}. The new content is added and
     * focused before the old is removed, so focus never falls back to the window's first
     * button.
     */
    private void show(Parent root, Node focus) {
        List<Node> old = List.copyOf(getChildren());
        if (!old.contains(root)) {
            getChildren().add(root);
        }
        root.applyCss(); // creates the skins, so a table inside a split pane is in the scene and can take focus
        root.layout();
        focus.requestFocus();
        getChildren().removeIf(node -> node != root);
    }
}
