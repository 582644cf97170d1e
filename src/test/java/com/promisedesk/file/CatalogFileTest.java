package com.promisedesk.file;

import static com.promisedesk.file.FileTexts.CATALOG_JSON;
import static com.promisedesk.file.FileTexts.CATALOG_YAML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.promisedesk.Slow;
import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Better;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Capacity;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Category;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Requirement;
import com.promisedesk.domain.Term;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Slow
class CatalogFileTest {

    @Test
    void readsEveryFieldOfTheCatalog() throws BadFileException {
        Catalog catalog = CatalogFile.parse(CATALOG_YAML, "catalog.yaml");

        assertThat(catalog.version()).isEqualTo("2026.11.2");
        assertThat(catalog.published()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(catalog.calendar().country()).isEqualTo("DE");
        assertThat(catalog.calendar().closed()).containsExactlyInAnyOrder(
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
        ApprovalPolicy policy = catalog.policy();
        assertThat(policy.tiers()).containsOnlyKeys(1, 2, 3);
        assertThat(policy.approvers(1)).containsExactly("sales-lead");
        assertThat(policy.approvers(2)).containsExactly("sales-lead", "product");
        assertThat(policy.approvers(3)).containsExactly("sales-lead", "product", "engineering", "support");
        assertThat(policy.bespokeTier()).isEqualTo(3);
        assertThat(policy.capacityTier()).isEqualTo(2);
        assertThat(policy.underPromise()).isEqualTo(new ApprovalPolicy.UnderPromise(25, 5));
        assertThat(catalog.capabilities()).extracting(Capability::code).containsExactly("SSO-SETUP", "ONB-STD", "AI-ASSIST");
    }

    @Test
    void readsEveryFieldOfACapability() throws BadFileException {
        Capability onboarding = CatalogFile.parse(CATALOG_YAML, "catalog.yaml").capability("ONB-STD").orElseThrow();

        assertThat(onboarding.name()).isEqualTo("Standard onboarding");
        assertThat(onboarding.category()).isEqualTo(Category.SERVICE);
        assertThat(onboarding.summary()).isEqualTo("Guided setup of one workspace, two admin trainings");
        assertThat(onboarding.owner()).isEqualTo("Customer Success");
        assertThat(onboarding.status()).isEqualTo(CapabilityStatus.AVAILABLE);
        assertThat(onboarding.availableFrom()).isNull();
        assertThat(onboarding.regions()).isEqualTo(Set.of("EU", "NA"));
        assertThat(onboarding.leadTime()).isEqualTo(new LeadTime(15,
                List.of(new LeadTime.Step(1, 10), new LeadTime.Step(3, 7))));
        assertThat(onboarding.maxQuantity()).isEqualTo(new QuantityLimit(1, List.of(new QuantityLimit.Step(2, 3))));
        assertThat(onboarding.capacity()).isEqualTo(new Capacity(4));
        assertThat(onboarding.requires()).containsExactly(
                new Requirement.OnCapability("SSO-SETUP", 5),
                new Requirement.OnCustomer("SSO metadata (SAML XML)", 10));
        assertThat(onboarding.terms()).containsExactly(new Term("responseHours", "First response", "h", Better.LOWER,
                new BigDecimal("8"), List.of(new Term.Step(2, new BigDecimal("4.5")))));
    }

    @Test
    void leavesOptionalPartsEmpty() throws BadFileException {
        Catalog catalog = CatalogFile.parse(CATALOG_YAML, "catalog.yaml");
        Capability sso = catalog.capability("SSO-SETUP").orElseThrow();
        Capability assistant = catalog.capability("AI-ASSIST").orElseThrow();

        assertThat(sso.status()).isEqualTo(CapabilityStatus.LIMITED);
        assertThat(sso.regions()).isEmpty();
        assertThat(sso.maxQuantity()).isNull();
        assertThat(sso.capacity()).isNull();
        assertThat(sso.requires()).isEmpty();
        assertThat(sso.terms()).isEmpty();
        assertThat(sso.leadTime()).isEqualTo(LeadTime.of(5));
        assertThat(assistant.status()).isEqualTo(CapabilityStatus.PLANNED);
        assertThat(assistant.category()).isEqualTo(Category.PRODUCT);
        assertThat(assistant.availableFrom()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void yamlAndJsonOfTheSameShapeGiveTheSameCatalog() throws BadFileException {
        Catalog yaml = CatalogFile.parse(CATALOG_YAML, "catalog.yaml");
        Catalog json = CatalogFile.parse(CATALOG_JSON, "catalog.json");

        assertThat(json.version()).isEqualTo(yaml.version());
        assertThat(json.published()).isEqualTo(yaml.published());
        assertThat(json.calendar()).isEqualTo(yaml.calendar());
        assertThat(json.policy()).isEqualTo(yaml.policy());
        assertThat(json.capabilities()).isEqualTo(yaml.capabilities());
    }

    @Test
    void readsJsonWithoutAJsonNameByItsFirstBrace() throws BadFileException {
        Catalog json = CatalogFile.parse(CATALOG_JSON, "catalog.txt");

        assertThat(json.capabilities()).hasSize(3);
    }

    @Test
    void aLeadTimeIsOptionalAsForASupportLevelAPaymentTermOrAPlannedCapability() throws Exception {
        String text;
        try (var in = CatalogFileTest.class.getResourceAsStream("/com/promisedesk/no-lead-time/catalog.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        Catalog catalog = CatalogFile.parse(text, "catalog.yaml");

        assertThat(catalog.capabilities()).filteredOn(c -> !c.hasLeadTime()).extracting(Capability::code)
                .as("absent, or written as null").containsExactly("SUP-STD", "COM-PAY-TERMS", "COM-DISC", "SUP-AI");
        assertThat(catalog.capability("SUP-STD").orElseThrow().leadTime()).isNull();
        assertThat(catalog.capability("SUP-AI").orElseThrow().availableFrom()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(catalog.capability("ONB-STD").orElseThrow().leadTime())
                .isEqualTo(new LeadTime(15, List.of(new LeadTime.Step(1, 10))));
        Catalog json = CatalogFile.parse(FileTexts.replaceOnce(CATALOG_JSON, ", \"leadTime\": { \"standard\": 5 }", ""),
                "catalog.json");
        assertThat(json.capability("SSO-SETUP").orElseThrow().hasLeadTime()).as("the same in JSON").isFalse();
    }

    @Test
    void catalogWithoutCalendarCountsWeekdaysOnly() throws BadFileException {
        String text = FileTexts.replaceOnce(CATALOG_YAML,
                "  calendar:\n    country: DE\n    closed: [2026-12-24, 2026-12-31]\n", "");

        Catalog catalog = CatalogFile.parse(text, "catalog.yaml");

        assertThat(catalog.calendar().country()).isNull();
        assertThat(catalog.calendar().closed()).isEmpty();
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException, BadFileException {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, CATALOG_YAML, StandardCharsets.UTF_8);

        assertThat(CatalogFile.read(file).version()).isEqualTo("2026.11.2");
    }

    @Test
    void namesTheFileInABadFileMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, FileTexts.replaceOnce(CATALOG_YAML, "perWeek: 4", "perWeek: lots"));

        BadFileException e = catchThrowableOfType(BadFileException.class, () -> CatalogFile.read(file));

        assertThat(e.getMessage()).isEqualTo(file + ":35:17: capabilities[1].capacity.perWeek: "
                + "must be a whole number, was \"lots\"");
    }

    @Test
    void aMissingFileIsABadFile(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.yaml");

        BadFileException e = catchThrowableOfType(BadFileException.class, () -> CatalogFile.read(file));

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isZero();
        assertThat(e.field()).isEmpty();
        assertThat(e.getMessage()).isEqualTo(file + ": the file does not exist");
    }

    @Test
    void textThatIsNotUtf8IsABadFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});

        BadFileException e = catchThrowableOfType(BadFileException.class, () -> CatalogFile.read(file));

        assertThat(e.why()).isEqualTo("the file is not UTF-8 text");
    }

    @Test
    void readsACatalogOfFiveThousandCapabilities() throws BadFileException {
        StringBuilder text = new StringBuilder(CATALOG_YAML);
        for (int i = 0; i < 5_000; i++) {
            text.append("""
                      - code: GEN-%1$d
                        name: Generated capability %1$d
                        category: support
                        summary: "Generated for a size test"
                        owner: Test
                        status: available
                        regions: [EU]
                        leadTime: { standard: 20, stretch: [ { tier: 1, min: 15 }, { tier: 2, min: 10 } ] }
                        maxQuantity: { standard: 2, stretch: [ { tier: 3, max: 5 } ] }
                        capacity: { perWeek: 3 }
                        requires: [ { capability: SSO-SETUP, before: 2 }, { customer: "Admin account", before: 3 } ]
                        terms: [ { key: uptime, label: Uptime, unit: "%%", better: higher, standard: 99.5,
                                   stretch: [ { tier: 2, value: 99.9 } ] } ]
                    """.formatted(i));
        }

        Catalog catalog = CatalogFile.parse(text.toString(), "big.yaml");

        assertThat(catalog.capabilities()).hasSize(5_003);
        assertThat(catalog.capability("GEN-4999").orElseThrow().terms().get(0).standard())
                .isEqualByComparingTo("99.5");
    }
}
