package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.Slow;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Category;
import com.promisedesk.file.CatalogFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Slow
class CatalogRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;
    private LocalStore store;
    private CatalogRepository catalogs;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir, new TickingClock(T0));
        catalogs = store.catalogs();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void beforeTheFirstImportThereIsNoCatalog() {
        assertThat(catalogs.current()).isEmpty();
        assertThat(catalogs.count()).isZero();
        assertThat(catalogs.search("onb", null, null, 10)).isEmpty();
    }

    @Test
    void anImportedCatalogBecomesCurrent() {
        catalogs.importCatalog(Catalogs.sample("2026.11.2"), "the yaml text");

        StoredCatalog current = catalogs.current().orElseThrow();
        assertThat(current.version()).isEqualTo("2026.11.2");
        assertThat(current.published()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(current.sourceText()).isEqualTo("the yaml text");
        assertThat(current.importedAt()).isEqualTo(T0);
        assertThat(catalogs.count()).isEqualTo(5);
    }

    @Test
    void aLaterImportReplacesTheCurrentCatalogAndItsSearch() {
        catalogs.importCatalog(Catalogs.sample("2026.11.2"), "first");
        Catalog smaller = new Catalog("2026.12.1", LocalDate.of(2026, 12, 1), null, Catalogs.policy(), List.of(
                Catalogs.capability("ONB-LITE", "Light onboarding", Category.SERVICE, CapabilityStatus.AVAILABLE,
                        "Self-service setup with one video call", "Customer Success")));
        catalogs.importCatalog(smaller, "second");

        assertThat(catalogs.current()).get().extracting(StoredCatalog::version).isEqualTo("2026.12.1");
        assertThat(catalogs.count()).isEqualTo(1);
        assertThat(catalogs.search("onb", null, null, 10)).extracting(CapabilityRow::code).containsExactly("ONB-LITE");
        assertThat(catalogs.search("", null, null, 10)).extracting(CapabilityRow::code).containsExactly("ONB-LITE");
    }

    @Test
    void searchFindsByCodePrefixWithAllColumns() {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");

        assertThat(catalogs.search("SUP-PR", null, null, 10)).containsExactly(new CapabilityRow("SUP-PREM",
                "Premium support", Category.SUPPORT, CapabilityStatus.LIMITED,
                "Round-the-clock help desk with a named engineer", "Support"));
    }

    @Test
    void searchTreatsEveryTypedWordAsAPrefixOfANameWord() {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");

        assertThat(catalogs.search("onb sta", null, null, 10)).extracting(CapabilityRow::code).containsExactly("ONB-STD");
        assertThat(catalogs.search("Single SIGN", null, null, 10)).extracting(CapabilityRow::code)
                .containsExactly("SSO-SETUP");
    }

    @Test
    void searchFindsWordsOfTheSummary() {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");

        assertThat(catalogs.search("depot fuel", null, null, 10)).extracting(CapabilityRow::code)
                .containsExactly("ANL-FLEET");
        assertThat(catalogs.search("identity", null, null, 10)).extracting(CapabilityRow::code)
                .containsExactly("SSO-SETUP");
    }

    @Test
    void aMatchInTheCodeRanksAboveAMatchInTheSummary() {
        catalogs.importCatalog(new Catalog("v1", LocalDate.of(2026, 11, 20), null, Catalogs.policy(), List.of(
                Catalogs.capability("ABC-1", "Depot report", Category.PRODUCT, CapabilityStatus.AVAILABLE,
                        "Shows the dashboard of each depot", "Product"),
                Catalogs.capability("TRK-DASH", "Fleet board", Category.PRODUCT, CapabilityStatus.AVAILABLE,
                        "One page per vehicle", "Product"))), "text");

        assertThat(catalogs.search("dash", null, null, 10)).extracting(CapabilityRow::code)
                .containsExactly("TRK-DASH", "ABC-1");
    }

    @Test
    void aBlankQueryListsEverythingByCode() {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");

        assertThat(catalogs.search(null, null, null, 10)).extracting(CapabilityRow::code)
                .containsExactly("ANL-FLEET", "ERP-LINK", "ONB-STD", "SSO-SETUP", "SUP-PREM");
        assertThat(catalogs.search("   ", null, null, 2)).extracting(CapabilityRow::code)
                .containsExactly("ANL-FLEET", "ERP-LINK");
    }

    @Test
    void searchFiltersByCategoryAndStatus() {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");

        assertThat(catalogs.search("", Category.SERVICE, null, 10)).extracting(CapabilityRow::code)
                .containsExactly("ONB-STD", "SSO-SETUP");
        assertThat(catalogs.search("", null, CapabilityStatus.PLANNED, 10)).extracting(CapabilityRow::code)
                .containsExactly("ERP-LINK");
        assertThat(catalogs.search("s", Category.SERVICE, CapabilityStatus.AVAILABLE, 10)).extracting(CapabilityRow::code)
                .containsExactlyInAnyOrder("ONB-STD", "SSO-SETUP");
        assertThat(catalogs.search("premium", Category.PRODUCT, null, 10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"onb", "*", "onb*", "-", "-onb", "OR", "onb OR sta", "AND", "NOT", "NEAR(onb sta)",
            "(", "onb)", "'; drop table capability; --", "code:ONB", "^onb", "{code}: x", "+", "\\", "\u0000", "ä ö ü"})
    void hostileQueryTextNeverBreaksTheQuery(String typed) {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");

        assertThat(catalogs.search(typed, null, null, 10)).isNotNull();
        assertThat(catalogs.count()).isEqualTo(5);
    }

    @Test
    void operatorsAreSearchedForAsWords() {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");

        assertThat(catalogs.search("\"onboarding\" -guided", null, null, 10)).extracting(CapabilityRow::code)
                .containsExactly("ONB-STD");
        assertThat(catalogs.search("onb OR analytics", null, null, 10)).isEmpty();
    }

    @Test
    void aCatalogWithoutLeadTimesIsImportedSearchedAndReadBackAsTheCurrentCatalog() throws Exception {
        String text;
        try (var in = CatalogRepositoryTest.class.getResourceAsStream("/com/promisedesk/no-lead-time/catalog.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        catalogs.importCatalog(CatalogFile.parse(text, "catalog.yaml"), text);

        assertThat(catalogs.count()).isEqualTo(5);
        assertThat(catalogs.search("payment", null, null, 10)).extracting(CapabilityRow::code)
                .containsExactly("COM-PAY-TERMS");
        Catalog current = CurrentCatalog.load(store).orElseThrow();
        assertThat(current.version()).isEqualTo("2026.11.3");
        assertThat(current.capabilities()).filteredOn(c -> !c.hasLeadTime()).extracting(Capability::code)
                .containsExactly("SUP-STD", "COM-PAY-TERMS", "COM-DISC", "SUP-AI");
    }

    @Test
    void importingTheSameVersionWithTheSameTextAgainChangesNothing() {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");
        StoredCatalog first = catalogs.current().orElseThrow();

        catalogs.importCatalog(Catalogs.sample("v1"), "text");

        assertThat(catalogs.current()).contains(first);
        assertThat(catalogs.count()).isEqualTo(5);
        assertThat(catalogs.search("onb", null, null, 10)).hasSize(1);
    }

    @Test
    void theSameVersionWithOtherTextIsRefusedAndTheCurrentCatalogStays() {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");
        StoredCatalog first = catalogs.current().orElseThrow();

        assertThatThrownBy(() -> catalogs.importCatalog(Catalogs.generated("v1", 3), "other text"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("could not import catalog version v1")
                .hasMessageContaining("already imported with different content");

        assertThat(catalogs.current()).contains(first);
        assertThat(catalogs.count()).isEqualTo(5);
    }

    @Test
    void aFailureHalfwayThroughAnImportLeavesThePreviousCatalogCurrent() throws SQLException {
        catalogs.importCatalog(Catalogs.sample("v1"), "text");
        StoredCatalog first = catalogs.current().orElseThrow();
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement statement = plain.createStatement()) {
            statement.executeUpdate("CREATE TRIGGER fail_late BEFORE INSERT ON capability"
                    + " WHEN NEW.code = 'CAP-00002' BEGIN SELECT RAISE(ABORT, 'boom'); END");
        }

        assertThatThrownBy(() -> catalogs.importCatalog(Catalogs.generated("v2", 5), "v2 text"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("could not import catalog version v2")
                .hasMessageContaining("boom");

        assertThat(catalogs.current()).contains(first);
        assertThat(catalogs.count()).isEqualTo(5);
        assertThat(catalogs.search("onb", null, null, 10)).extracting(CapabilityRow::code).containsExactly("ONB-STD");
        assertThat(catalogs.search("generated", null, null, 10)).isEmpty();
    }

    @Test
    void aLimitBelowOneIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> catalogs.search("x", null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }
}
