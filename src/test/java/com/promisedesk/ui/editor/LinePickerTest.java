package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picker over the sample catalog in a real SQLite store, searches run in line. */
class LinePickerTest {

    @TempDir
    Path dataDir;

    private LocalStore store;
    private LinePicker picker;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        CurrentCatalog.loadOrImportSample(store);
        picker = new LinePicker(store.catalogs(), Threads.inline());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void suppShowsSeveralMatchesAndEachShowsOrSaysWhyItMatched() {
        picker.queryProperty().set("supp");

        assertThat(picker.matches()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(picker.showingProperty().get()).isTrue();
        assertThat(picker.highlightedProperty().get()).isZero();
        for (LinePickerMatches.Match match : picker.matches()) {
            String shown = (match.row().code() + " " + match.row().name() + " " + match.why()).toLowerCase(Locale.ROOT);
            assertThat(shown).as(match.row().code()).containsPattern("\\bsupp");
            assertThat(match.why().isEmpty()).as(match.row().code() + ": a reason only when the name does not show it")
                    .isEqualTo((match.row().code() + " " + match.row().name()).toLowerCase(Locale.ROOT)
                            .matches(".*\\bsupp.*"));
        }
    }

    @Test
    void enterAddsTheHighlightedMatchAndArrowsChooseAnother() {
        picker.queryProperty().set("supp");
        List<String> added = new ArrayList<>();

        picker.choose("supp", added::add);
        picker.move(1);
        picker.move(1);
        picker.choose("supp", added::add);

        assertThat(added).containsExactly(picker.matches().get(0).row().code(), picker.matches().get(2).row().code());
        assertThat(picker.highlightedProperty().get()).isEqualTo(2);
    }

    @Test
    void escClosesTheListWithoutForgettingTheMatches() {
        picker.queryProperty().set("supp");

        assertThat(picker.close()).isTrue();
        assertThat(picker.showingProperty().get()).isFalse();
        assertThat(picker.close()).as("a second Esc is not the picker's").isFalse();
        assertThat(picker.move(1)).isTrue();
        assertThat(picker.showingProperty().get()).isTrue();
    }

    @Test
    void anExactCodeIsAddedAndNothingMatchingAddsNothing() {
        List<String> added = new ArrayList<>();
        picker.queryProperty().set("sso-setup");
        picker.choose("sso-setup", added::add);
        picker.queryProperty().set("qqqq");
        picker.choose("qqqq", added::add);

        assertThat(added).containsExactly("SSO-SETUP", null);
        assertThat(picker.showingProperty().get()).isFalse();
        assertThat(picker.move(1)).isFalse();
    }

    @Test
    void aBlankFieldClearsTheList() {
        picker.queryProperty().set("supp");
        picker.queryProperty().set(" ");

        assertThat(picker.matches()).isEmpty();
        assertThat(picker.showingProperty().get()).isFalse();
    }
}
