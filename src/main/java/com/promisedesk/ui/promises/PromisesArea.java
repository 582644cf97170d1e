package com.promisedesk.ui.promises;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.Issue;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Sender;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Profile;
import com.promisedesk.ui.summary.SummaryWindow;
import com.promisedesk.ui.CatalogInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import com.promisedesk.ui.editor.LineApproval;
import com.promisedesk.ui.editor.EditorView;
import com.promisedesk.ui.editor.EditorViewModel;
import com.promisedesk.ui.milestones.MilestonesView;
import com.promisedesk.ui.milestones.MilestonesViewModel;
import com.promisedesk.ui.readback.ReadBackView;
import com.promisedesk.ui.readback.ReadBackViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * The Promises screen's area: the list, the editor of one promise, and its read-back,
 * one at a time. Opening and leaving keep the keyboard where the rep is working.
 */
public final class PromisesArea {

    private final StackPane area = new StackPane();
    private final LocalStore store;
    private final CatalogInUse catalog;
    private final Threads threads;
    private final Clock clock;
    private final PromisesViewModel listModel;
    private final Parent list;
    private final PromisesView listView;
    private final Consumer<String> status;
    private final Consumer<Boolean> customerFacing;
    private EditorViewModel editor;
    private LineApproval lineApproval;
    private Parent editorRoot;
    private Node editorFocus;

    public PromisesArea(LocalStore store, CatalogInUse catalog, Threads threads, Clock clock,
                        Consumer<String> status, Consumer<Boolean> customerFacing) {
        this.store = store;
        this.catalog = catalog;
        this.threads = threads;
        this.clock = clock;
        this.status = status;
        this.customerFacing = customerFacing;
        this.listModel = new PromisesViewModel(store.promises(), catalog, threads, clock);
        this.listView = new PromisesView(listModel, this::open, this::draftNew);
        listView.onMilestones(item -> showMilestones(item.id()));
        this.list = ViewLoader.load(PromisesView.class, () -> listView);
        area.getChildren().setAll(list);
        listModel.refresh();
    }

    public Parent root() {
        return area;
    }

    public Node focusTarget() {
        return area.getChildren().contains(list) ? listView.focusTarget() : area.getChildren().get(0);
    }

    /** Starts a new draft (Ctrl+N) and opens it with the customer's name ready to type over. */
    public void draftNew() {
        Promise draft = Promise.draft(new Customer("New customer", null, null), "New promise", LocalDate.now(clock));
        threads.load(() -> {
            store.promises().save(draft);
            return draft;
        }, saved -> {
            showEditor(saved);
            status.accept("New draft saved");
        }, failure -> status.accept("Could not start a draft: " + FailureWords.describe(failure)));
    }

    /** Opens the promise {@code id} in the editor. */
    public void open(UUID id) {
        threads.load(() -> store.promises().find(id).orElseThrow(), this::showEditor,
                failure -> status.accept("Could not open the promise: " + FailureWords.describe(failure)));
    }

    /**
     * Builds the editor once, off screen, for a scratch promise that is never saved: the
     * first promise the rep opens then shows as fast as the later ones (class loading, FXML
     * and CSS are done while the rep is still looking at the list).
     */
    public void warmUp() {
        Promise scratch = Promise.draft(new Customer("Warm-up", null, null), "Warm-up", LocalDate.now(clock))
                .withLines(catalog.catalog().capabilities().stream().limit(3)
                        .map(c -> com.promisedesk.domain.CommitmentLine.of(c.code(), 1, null)).toList())
                .withExpectations(List.of(com.promisedesk.domain.Expectation.open("Warm-up", List.of(0))));
        EditorViewModel model = new EditorViewModel(scratch, catalog, store.promises(), threads, LocalDate.now(clock));
        EditorView view = new EditorView(model, store.catalogs(), new EditorView.EditorActions() {
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
        new javafx.scene.Scene(root, 1280, 800).getStylesheets().addAll(area.getScene() == null
                ? List.of() : area.getScene().getStylesheets());
        root.applyCss();
        root.layout();
    }

    /** Reads the open editor's exception request again, as after a sync brought decisions. */
    public void refreshApproval() {
        if (lineApproval != null) {
            lineApproval.refresh();
        }
    }

    /** The editor currently open, if any (for tests and the status bar). */
    public EditorViewModel editor() {
        return editor;
    }

    private void showEditor(Promise promise) {
        editor = new EditorViewModel(promise, catalog, store.promises(), threads, LocalDate.now(clock));
        editor.messageProperty().addListener((o, was, now) -> status.accept(now));
        EditorView view = new EditorView(editor, store.catalogs(), new EditorView.EditorActions() {
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
                showSummary();
            }
        }, lineApproval = new LineApproval(editor, store.requests(), threads));
        editorRoot = view.load();
        editorFocus = view.focusTarget();
        show(editorRoot, editorFocus);
    }

    /**
     * The written summary of the promise being edited, in its own window: preview, print,
     * export; lines approved as they are now are under what we deliver, with the milestones.
     */
    private void showSummary() {
        EditorViewModel open = editor;
        Promise promise = open.promiseProperty().get();
        Judging judging = open.judging();
        // One day for the issue date and T, by the app's clock, as promise export does (cli.SummaryOptions).
        LocalDate issued = LocalDate.now(clock);
        threads.load(() -> {
            Profile profile = Profile.read(store.file().getParent());
            Map<Integer, Integer> tiers = judging.check(promise, issued).approvalTiers();
            Issue issue = new Issue(issued, null, store.requests().approvedLines(promise, tiers),
                    store.requests().rejectedLines(promise, tiers), store.milestones().milestonesOf(promise.id()));
            return new Printing(new Sender(profile.company(), profile.rep(), profile.email(), profile.phone()), issue);
        }, printing -> SummaryWindow.open(area.getScene().getWindow(), promise, judging, printing.sender(),
                printing.issue(), Layout.of(Locale.getDefault()), threads),
                failure -> status.accept("Could not open the summary: " + FailureWords.describe(failure)));
    }

    /** Who sends the summary, and what this printing knows beyond the promise. */
    private record Printing(Sender sender, Issue issue) {
    }

    /** The milestones of an agreed or delivering promise (M on the list). */
    private void showMilestones(UUID id) {
        threads.load(() -> store.promises().find(id).orElseThrow(), promise -> {
            if (!promise.status().tracksMilestones()) {
                status.accept("Milestones start once the promise is agreed");
                return;
            }
            MilestonesViewModel model = new MilestonesViewModel(store.milestones(), id, promise.status(), threads);
            model.messageProperty().addListener((o, was, now) -> status.accept(now));
            MilestonesView view = new MilestonesView(model, promise.customer().name() + " · " + promise.title(),
                    this::showList);
            show(ViewLoader.load(MilestonesView.class, () -> view), view.focusTarget());
        }, failure -> status.accept("Could not open the milestones: " + FailureWords.describe(failure)));
    }

    private void showReadBack() {
        EditorViewModel open = editor;
        ReadBackViewModel readBack = new ReadBackViewModel(open, catalog.catalog(), catalog.checker(), LocalDate.now(clock));
        Promise promise = open.promiseProperty().get();
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
        listModel.refresh();
        // The promise just left may book other weeks now: the others are judged against it again.
        catalog.reload(failure -> status.accept("Could not read what your promises book: " + FailureWords.describe(failure)));
    }

    /**
     * Shows {@code root} with the keyboard in {@code focus}. The new content is added and
     * focused before the old is removed, so focus never falls back to the window's first
     * button.
     */
    private void show(Parent root, Node focus) {
        List<Node> old = List.copyOf(area.getChildren());
        if (!old.contains(root)) {
            area.getChildren().add(root);
        }
        root.applyCss(); // creates the skins, so a table inside a split pane is in the scene and can take focus
        root.layout();
        focus.requestFocus();
        area.getChildren().removeIf(node -> node != root);
    }
}
