package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store keeps a small page cache, a sync gets a big one while it runs, and the memory is given back after. */
class PageCacheTest {

    @TempDir
    Path dir;
    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int cacheSize() {
        return store.transactions().read("read the page cache", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA cache_size")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Test
    void aSyncHasRoomWhileItRunsAndGivesItBack() {
        assertThat(cacheSize()).isEqualTo(-8_000);

        int during = store.sync().roomForSync(this::cacheSize);

        assertThat(during).isEqualTo(-32_000);
        assertThat(cacheSize()).isEqualTo(-8_000);
    }

    @Test
    void aFailedSyncGivesTheRoomBackToo() {
        assertThatThrownBy(() -> store.sync().roomForSync(() -> {
            throw new java.io.IOException("the line dropped");
        })).hasMessage("the line dropped");

        assertThat(cacheSize()).isEqualTo(-8_000);
    }
}
