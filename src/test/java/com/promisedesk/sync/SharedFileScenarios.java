package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Promise;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.RefusedPromises;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Two reps import one shared promise file, so both hold a promise under the same id. The
 * second rep's copy is refused on its own; the rest of his round goes through.
 */
abstract class SharedFileScenarios extends CentralStoreScenarios {

    @Test
    void aPromiseIdAnotherRepOwnsIsRefusedAloneAndTheRestOfTheRoundCarriesOn() throws Exception {
        Promise northwind = PromiseFile.parse(new String(getClass().getResourceAsStream(
                "/com/promisedesk/sample/promise-northwind.json").readAllBytes(), StandardCharsets.UTF_8),
                "promise-northwind.json");
        Device anna = device("anna", central.token("anna", "rep"));
        anna.save(northwind);
        anna.sync();
        publishSampleCatalog();

        Device bob = device("bob", central.token("bob", "rep"));
        bob.save(northwind);
        Promise own = SyncPromises.promise("Contoso", "Bob's own deal");
        bob.save(own);
        SyncRound.Summary first = bob.sync();

        // His own promise reached the store, the pull ran (the published catalog came down), and he is told why not.
        assertThat(central.count("SELECT count(*) FROM promise WHERE owner = 'bob' AND id = '" + own.id() + "'"))
                .isEqualTo(1);
        assertThat(first.newCatalogs()).isNotEmpty();
        assertThat(bob.store().sync().cursor().lastSyncAt()).isPresent();
        assertThat(first.notices()).singleElement().asString()
                .contains(northwind.title(), "not found or not yours", "shared file", "import it again")
                .doesNotContain("anna");
        // Nothing of his copy is stored, and Anna's stays hers.
        assertThat(central.count("SELECT count(*) FROM promise WHERE owner = 'bob'")).isEqualTo(1);
        assertThat(central.count("SELECT count(*) FROM conflict")).isZero();
        assertThat(central.count("SELECT count(*) FROM promise WHERE owner = 'anna' AND id = '" + northwind.id()
                + "' AND version = 1")).isEqualTo(1);

        // The refused copy stays on his device, out of the outbox's way, and is named again every round.
        assertThat(bob.store().sync().refused().list()).extracting(RefusedPromises.Refused::promiseId)
                .containsExactly(northwind.id());
        assertThat(bob.store().sync().pendingChanges()).isZero();
        Promise later = SyncPromises.promise("Fabrikam", "Saved after the refusal");
        bob.save(later);
        SyncRound.Summary second = bob.sync();
        assertThat(second.pushed()).isEqualTo(1);
        assertThat(second.notices()).singleElement().asString().contains(northwind.title());
        assertThat(central.count("SELECT count(*) FROM promise WHERE owner = 'bob'")).isEqualTo(2);
        assertThat(bob.promise(northwind.id())).isEqualTo(northwind);
    }
}
