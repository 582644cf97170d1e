package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Catalog files waiting between the console's preview and Publish (decision 0021), on SQLite
 * and on a real PostgreSQL (the V6 migration runs on both): found only with the user who
 * uploaded them, the exact text kept, one per person, gone after a day.
 */
@Slow
class CatalogUploadsTest {

    private static final BothEngines ENGINES = new BothEngines("uploads");

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));

    private ServerDatabase open(String engine) throws IOException, SQLException {
        return ENGINES.open(engine, dir);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        ENGINES.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anUploadIsFoundOnlyByItsUserAndOneReplacesTheLastAndADayEndsIt(String engine) throws Exception {
        try (ServerDatabase database = open(engine)) {
            CatalogUploads uploads = new CatalogUploads(database, clock);
            String text = "\uFEFFcatalog:\r\n  version: \"2037.12.1\" # \u202E <script>\n";
            String first = uploads.keep("cleo", "catalog.yaml", text);
            assertThat(first).matches("[0-9a-f]{32}");
            assertThat(uploads.find(first, "cleo")).hasValueSatisfying(u -> {
                assertThat(u.source()).as("the exact text").isEqualTo(text);
                assertThat(u.fileName()).isEqualTo("catalog.yaml");
            });
            assertThat(uploads.find(first, "carl")).as("another catalog owner").isEmpty();
            assertThat(uploads.find("../" + first, "cleo")).isEmpty();

            String carls = uploads.keep("carl", "other.json", "{}");
            String second = uploads.keep("cleo", "catalog-2.yaml", "catalog: {}");
            assertThat(uploads.find(first, "cleo")).as("replaced by cleo's next upload").isEmpty();
            assertThat(uploads.find(second, "cleo")).isPresent();
            assertThat(uploads.find(carls, "carl")).as("carl's is his own").isPresent();

            uploads.forget(second, "carl");
            assertThat(uploads.find(second, "cleo")).as("only its user forgets it").isPresent();
            uploads.forget(second, "cleo");
            assertThat(uploads.find(second, "cleo")).isEmpty();

            clock.pass(Duration.ofHours(25));
            assertThat(uploads.find(carls, "carl")).as("a day old").isEmpty();
            uploads.keep("cleo", "catalog-3.yaml", "catalog: {}");
            int rows = database.read(connection -> {
                try (var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM catalog_upload")) {
                    result.next();
                    return result.getInt(1);
                }
            });
            assertThat(rows).as("the day-old row was deleted at the next upload").isEqualTo(1);
        }
    }
}
