package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.sync.wire.PublishResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/catalog}: the catalog owner publishes a catalog file. It is read and
 * checked like {@code catalog validate}, then stored as a new version that every client
 * pulls. The same version with the same text again changes nothing; with other text it is refused.
 */
final class CatalogService {

    /** The latest published catalog, parsed, with the checker built for it. */
    record Latest(String version, Catalog catalog, PromiseChecker checker) {

        Latest(String version, Catalog catalog) {
            this(version, catalog, new PromiseChecker(catalog));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);

    private final ServerDatabase database;
    private final Clock clock;
    private final AuditTrail audit;
    private final MailOutbox mail;
    private volatile Latest cached;

    CatalogService(ServerDatabase database, Clock clock) {
        this(database, clock, MailOutbox.off());
    }

    /** @param mail where a publish leaves the "catalog updated" note for every rep */
    CatalogService(ServerDatabase database, Clock clock, MailOutbox mail) {
        this.database = database;
        this.clock = clock;
        this.audit = new AuditTrail(database, clock);
        this.mail = mail;
    }

    /** Only the catalog owner publishes; checked before the body is read, and again here. */
    static void requireOwner(Principal principal) {
        if (!principal.isCatalogOwner()) {
            throw ApiError.forbidden("only the catalog owner publishes the catalog; this token's role is "
                    + principal.role());
        }
    }

    PublishResponse publish(Principal principal, JsonNode body) throws SQLException {
        requireOwner(principal);
        JsonFields.object(body, "body");
        String fileName = JsonFields.text(body.get("fileName"), "fileName", 200);
        String source = JsonFields.text(body.get("source"), "source", Integer.MAX_VALUE);
        Catalog catalog;
        try {
            catalog = CatalogFile.parse(source, fileName);
        } catch (BadFileException e) {
            throw ApiError.badRequest("source", e.getMessage());
        } catch (InvalidValueException e) {
            throw ApiError.badRequest("source", e.getMessage());
        }
        if (catalog.version().length() > 200) {
            throw ApiError.badRequest("source", "catalog.version is longer than 200 characters");
        }
        boolean created = database.write(connection -> {
            if (sameAsPublished(connection, catalog.version(), source)) {
                return false;
            }
            // Another server (or request) may be publishing this version at this moment: its row,
            // once committed, makes this insert a no-op, read again below, rather than a failure.
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO catalog_version (version, file_name, source_text, capabilities, published_by,"
                            + " published_at, seq) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (version) DO NOTHING")) {
                insert.setString(1, catalog.version());
                insert.setString(2, fileName);
                insert.setString(3, source);
                insert.setInt(4, catalog.capabilities().size());
                insert.setString(5, principal.user());
                insert.setString(6, SqlValues.text(clock.instant()));
                if (insert.executeUpdate() == 0) {
                    if (sameAsPublished(connection, catalog.version(), source)) {
                        return false;
                    }
                    throw new IllegalStateException("catalog version " + catalog.version() + " vanished while published");
                }
            }
            FeedCounter.stamp(connection, List.of(new FeedCounter.Row("catalog_version", "version", catalog.version())));
            audit.record(connection, new AuditTrail.Entry(principal.user(), AuditTrail.PUBLISH, catalog.version(),
                    fileName + ", " + catalog.capabilities().size() + " capabilities"));
            mail.catalogPublished(connection, catalog.version(), clock.instant());
            return true;
        });
        if (created) {
            mail.wake(); // after the commit, on the courier's thread
            // The next push dates undated lines with it: parsed here once, not inside that push.
            cached = new Latest(catalog.version(), catalog);
            LOG.info("{} published catalog {} ({} capabilities)", principal.user(), catalog.version(),
                    catalog.capabilities().size());
        }
        return new PublishResponse(catalog.version(), catalog.capabilities().size(), created);
    }

    /**
     * True when {@code version} is published with exactly {@code source}; false when it is not
     * published; refused (409) when it is published with other text.
     */
    private static boolean sameAsPublished(Connection connection, String version, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source_text FROM catalog_version WHERE version = ?")) {
            select.setString(1, version);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                if (rows.getString(1).equals(source)) {
                    return true;
                }
                throw new ApiError(409, "version_taken", "catalog version " + version
                        + " is already published with different content; publish the change under a new version",
                        "source");
            }
        }
    }

    /**
     * The most recently published catalog, if any; parsed once per version (every push asks,
     * so its text is read only when the version is not the one parsed last).
     */
    Optional<Latest> latest() throws SQLException {
        return database.read(this::latest);
    }

    /** {@link #latest()} read on {@code connection}, in the caller's transaction. */
    Optional<Latest> latest(Connection connection) throws SQLException {
        Latest known = cached;
        Optional<String[]> row;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, file_name, CASE WHEN version = ? THEN NULL ELSE source_text END"
                        + " FROM catalog_version ORDER BY seq DESC LIMIT 1")) {
            select.setString(1, known == null ? null : known.version());
            try (ResultSet rows = select.executeQuery()) {
                row = rows.next() ? Optional.of(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)})
                        : Optional.empty();
            }
        }
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (known != null && known.version().equals(row.get()[0])) {
            return Optional.of(known);
        }
        try {
            Latest parsed = new Latest(row.get()[0], CatalogFile.parse(row.get()[2], row.get()[1]));
            cached = parsed;
            return Optional.of(parsed);
        } catch (BadFileException e) {
            throw new IllegalStateException("the published catalog " + row.get()[0] + " no longer reads: " + e.getMessage(), e);
        }
    }
}
