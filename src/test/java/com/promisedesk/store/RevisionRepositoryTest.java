package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Revision;
import com.promisedesk.store.RevisionRepository.RevisionContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions are numbered per promise, kept byte for byte, and never edited or removed. */
class RevisionRepositoryTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Promise promise;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        promise = Promise.draft(new Customer("Zoë Ærøskøbing", "EU", null), "Fleet", LocalDate.of(2026, 11, 30));
        store.promises().save(promise);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RevisionContent content(String text, String sha) {
        return new RevisionContent("txt", sha, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachIssueTakesTheNextNumberAndKeepsTheExactContent() {
        int pendingBefore = store.outbox().pendingCount();
        var first = store.revisions().issue(promise.id(), n -> content("revision " + n, SHA_A));
        var second = store.revisions().issue(promise.id(), n -> content("revision " + n, SHA_B));

        assertThat(first.revision().number()).isEqualTo(1);
        assertThat(second.revision().number()).isEqualTo(2);
        assertThat(store.revisions().list(promise.id())).extracting(Revision::number, Revision::sha256)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, SHA_A), org.assertj.core.groups.Tuple.tuple(2, SHA_B));
        assertThat(new String(store.revisions().find(promise.id(), 1).orElseThrow().content().bytes(),
                StandardCharsets.UTF_8)).isEqualTo("revision 1");
        assertThat(store.revisions().find(promise.id(), 3)).isEmpty();
        assertThat(store.outbox().pendingCount()).isEqualTo(pendingBefore + 2);
    }

    @Test
    void numbersArePerPromiseAndAFailedRenderIssuesNothing() {
        Promise other = Promise.draft(new Customer("Ελληνική Α.Ε.", null, null), "Other", LocalDate.of(2026, 12, 1));
        store.promises().save(other);
        store.revisions().issue(promise.id(), n -> content("p1", SHA_A));

        assertThatThrownBy(() -> store.revisions().issue(other.id(), n -> {
            throw new IllegalStateException("layout failed");
        })).hasMessage("layout failed");

        assertThat(store.revisions().issue(other.id(), n -> content("o1", SHA_B)).revision().number()).isEqualTo(1);
        assertThat(store.revisions().list(other.id())).hasSize(1);
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() throws Exception {
        store.revisions().issue(promise.id(), n -> content("kept", SHA_A));

        store.transactions().read("tamper", connection -> {
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("UPDATE revision SET content = x'00'"))
                        .hasMessageContaining("immutable");
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM revision"))
                        .hasMessageContaining("immutable");
            }
            return null;
        });
        assertThat(store.revisions().find(promise.id(), 1).orElseThrow().content().bytes())
                .isEqualTo("kept".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRevisionOfAnUnknownPromiseIsRefused() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> store.revisions().issue(unknown, n -> content("x", SHA_A)))
                .isInstanceOf(StoreException.class).hasMessageContaining(unknown.toString());
    }

    @Test
    void theProfileIsReadFromTheDataFolderAndMayBeAbsent() throws Exception {
        assertThat(Profile.read(dataDir)).isEqualTo(Profile.empty());
        Files.writeString(dataDir.resolve(Profile.FILE_NAME),
                "company = Łódź Sp. z o.o.\nrep=Jonas Keller\nemail=jk@example.com\n# phone left out\n",
                StandardCharsets.UTF_8);

        Profile profile = Profile.read(dataDir);

        assertThat(profile).isEqualTo(new Profile("Łódź Sp. z o.o.", "Jonas Keller", "jk@example.com", null));
        assertThat(profile.override(null, "Anna")).isEqualTo(new Profile("Łódź Sp. z o.o.", "Anna", "jk@example.com", null));
    }
}
