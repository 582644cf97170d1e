package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Catalog;
import com.promisedesk.file.CatalogFile;
import org.junit.jupiter.api.Test;

/** "What changed" in a pulled catalog: added, changed and retired capabilities. */
class CatalogChangesTest {

    private static Catalog catalog(String version, String capabilities) throws Exception {
        return CatalogFile.parse("catalog:\n  version: \"" + version + "\"\n  published: 2026-11-20\n"
                + "policy:\n  tiers:\n    1: { approvers: [sales-lead] }\n  bespokeTier: 1\n  capacityTier: 1\n"
                + "  underPromise: { slackPercent: 25, minSlackDays: 5 }\ncapabilities:\n" + capabilities, "c.yaml");
    }

    private static String capability(String code, int lead, String status) {
        return "  - { code: " + code + ", name: " + code + ", category: service, summary: s, owner: o, status: " + status
                + ", leadTime: { standard: " + lead + " } }\n";
    }

    @Test
    void namesAddedChangedAndRetiredCapabilities() throws Exception {
        Catalog before = catalog("1", capability("KEEP", 5, "available") + capability("SLOWER", 5, "available")
                + capability("RETIRE", 5, "available") + capability("GONE", 5, "available"));
        Catalog after = catalog("2", capability("KEEP", 5, "available") + capability("SLOWER", 9, "available")
                + capability("RETIRE", 5, "retired") + capability("NEW", 5, "limited"));

        CatalogChanges changes = CatalogChanges.between(before, after);

        assertThat(changes.added()).containsExactly("NEW");
        assertThat(changes.changed()).containsExactly("SLOWER");
        assertThat(changes.retired()).containsExactly("RETIRE", "GONE");
        assertThat(changes.summary()).isEqualTo("Catalog 2: 1 added, 1 changed, 2 retired (RETIRE, GONE)");
        assertThat(CatalogChanges.between(after, after).isEmpty()).isTrue();
        assertThat(CatalogChanges.between(null, after).added()).hasSize(4);
    }

    @Test
    void aCapabilityThatGainsOrLosesItsLeadTimeIsChanged() throws Exception {
        String support = "  - { code: SUP, name: SUP, category: support, summary: s, owner: o, status: available }\n";
        String discount = "  - { code: DISC, name: DISC, category: commercial, summary: s, owner: o, status: available }\n";
        Catalog before = catalog("1", support + capability("DISC", 2, "available") + capability("SAME", 3, "available"));
        Catalog after = catalog("2", capability("SUP", 5, "available") + discount + capability("SAME", 3, "available"));

        CatalogChanges changes = CatalogChanges.between(before, after);

        assertThat(changes.changed()).containsExactly("SUP", "DISC");
        assertThat(changes.summary()).isEqualTo("Catalog 2: 0 added, 2 changed, 0 retired");
        assertThat(CatalogChanges.between(before, before).isEmpty()).as("none on either side is no change").isTrue();
    }
}
