package com.promisedesk.store;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Category;
import com.promisedesk.file.CatalogParts;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imported catalog versions and the search over the current one. Each version is kept
 * with the text it was imported from; the current one is the last imported.
 */
public final class CatalogRepository {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRepository.class);

    private static final String CURRENT_ID = "(SELECT id FROM catalog_version WHERE current = 1)";
    private static final String ROW_COLUMNS = "c.code, c.name, c.category, c.status, c.summary, c.owner";
    private static final String FILTERS = " AND (?1 IS NULL OR c.category = ?1) AND (?2 IS NULL OR c.status = ?2)";
    // A code match outweighs a name match, which outweighs a word in the summary.
    private static final String RANKED_SEARCH = "SELECT " + ROW_COLUMNS
            + " FROM capability_fts JOIN capability c ON c.id = capability_fts.rowid"
            + " WHERE capability_fts MATCH ?3 AND c.catalog_id = " + CURRENT_ID + FILTERS
            + " ORDER BY bm25(capability_fts, 10.0, 5.0, 1.0), c.code LIMIT ?4";
    private static final String LIST_ALL = "SELECT " + ROW_COLUMNS
            + " FROM capability c WHERE c.catalog_id = " + CURRENT_ID + FILTERS
            + " ORDER BY c.code LIMIT ?4";

    private final Transactions transactions;
    private final Clock clock;
    private final StoredCatalogs stored;

    CatalogRepository(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.stored = new StoredCatalogs(transactions, this);
    }

    /**
     * Catalog version {@code id}, its capabilities read from the store as lines ask for them
     * (not the whole catalog into memory); throws a {@link StoreException} naming the version when
     * it can no longer be read.
     */
    public Catalog open(long id, String version) {
        return stored.open(id, version);
    }

    /**
     * Stores {@code catalog} and makes it current, all in one transaction; a failure
     * leaves the previous current catalog as it was. The same version with the same
     * text again changes nothing; the same version with other text is refused.
     *
     * @param sourceText the file the catalog was read from, kept to rebuild it later
     */
    public void importCatalog(Catalog catalog, String sourceText) {
        Objects.requireNonNull(sourceText, "sourceText");
        String what = "import catalog version " + catalog.version();
        transactions.write(what, connection -> importIn(connection, catalog, sourceText));
    }

    /**
     * {@link #importCatalog} on the caller's transaction (a sync applies pulled catalogs
     * with the rest of its page). Checks before it writes, so a refusal leaves nothing behind.
     *
     * @return false when the same version with the same text was there already
     */
    boolean importIn(Connection connection, Catalog catalog, String sourceText) throws SQLException {
        Optional<String> existingText = sourceTextOf(connection, catalog.version());
        if (existingText.isPresent()) {
            if (existingText.get().equals(sourceText)) {
                return false;
            }
            throw new StoreException("could not import catalog version " + catalog.version() + ": version "
                    + catalog.version()
                    + " is already imported with different content; publish the changed catalog under a new version");
        }
        long id = insertVersion(connection, catalog, sourceText);
        insertCapabilities(connection, id, catalog.capabilities());
        Optional<CatalogParts> parts = CatalogParts.of(sourceText);
        if (parts.isPresent() && parts.get().capabilities().size() == catalog.size()) {
            StoredCatalogs.keep(connection, id, catalog, parts.get());
        }
        makeCurrent(connection, id);
        LOG.info("Imported catalog version {} ({} capabilities)", catalog.version(), catalog.capabilities().size());
        return true;
    }

    private static Optional<String> sourceTextOf(Connection connection, String version) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source_text FROM catalog_version WHERE version = ?")) {
            ResultSet rows = Statements.bind(select, version).executeQuery();
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private long insertVersion(Connection connection, Catalog catalog, String sourceText) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO catalog_version (version, published, source_text, imported_at, current)"
                        + " VALUES (?, ?, ?, ?, 0)")) {
            Statements.bind(insert, catalog.version(), SqlValues.text(catalog.published()), sourceText,
                    SqlValues.text(clock.instant())).executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void insertCapabilities(Connection connection, long catalogId, List<Capability> capabilities)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO capability (catalog_id, code, name, category, status, summary, owner)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Capability c : capabilities) {
                Statements.bind(insert, catalogId, c.code(), c.name(), c.category().name(), c.status().name(),
                        c.summary(), c.owner()).addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Moves the search index from the old current catalog to {@code id} and flags it current. */
    private static void makeCurrent(Connection connection, long id) throws SQLException {
        // An external-content FTS5 table forgets a row only when told its exact old values.
        execute(connection, "INSERT INTO capability_fts (capability_fts, rowid, code, name, summary)"
                + " SELECT 'delete', id, code, name, summary FROM capability WHERE catalog_id = " + CURRENT_ID);
        execute(connection, "UPDATE catalog_version SET current = 0 WHERE current = 1");
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE catalog_version SET current = 1 WHERE id = ?")) {
            Statements.bind(update, id).executeUpdate();
        }
        execute(connection, "INSERT INTO capability_fts (rowid, code, name, summary)"
                + " SELECT id, code, name, summary FROM capability WHERE catalog_id = " + CURRENT_ID);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /** The current catalog's row id and version, without its text (tens of MB for a big catalog). */
    public record CurrentVersion(long id, String version) {
    }

    public Optional<CurrentVersion> currentVersion() {
        return transactions.read("read the current catalog's version", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, version FROM catalog_version WHERE current = 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new CurrentVersion(rows.getLong(1), rows.getString(2)))
                        : Optional.<CurrentVersion>empty();
            }
        });
    }

    /** The text catalog {@code id} was imported from, a piece at a time. */
    public Reader sourceReader(long id) {
        return sourceReader(id, StoredCatalogText.PIECE_CHARS);
    }

    Reader sourceReader(long id, int pieceChars) {
        return new StoredCatalogText(transactions, id, pieceChars);
    }

    /** The whole text catalog {@code id} was imported from. */
    public String sourceText(long id) {
        return transactions.read("read the text of the stored catalog", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT source_text FROM catalog_version WHERE id = ?")) {
                ResultSet rows = Statements.bind(select, id).executeQuery();
                return rows.next() ? rows.getString(1) : "";
            }
        });
    }

    public Optional<StoredCatalog> current() {
        return transactions.read("read the current catalog", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, version, published, source_text, imported_at FROM catalog_version WHERE current = 1");
                 ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredCatalog(rows.getLong(1), rows.getString(2),
                        SqlValues.date(rows.getString(3)), rows.getString(4), SqlValues.instant(rows.getString(5))));
            }
        });
    }

    /**
     * Capabilities of the current catalog whose code, name or summary has words starting
     * with each typed word, best match first; a blank query lists them all by code.
     *
     * @param category only this category; {@code null} for any
     * @param status   only this status; {@code null} for any
     */
    public List<CapabilityRow> search(String query, Category category, CapabilityStatus status, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Optional<String> match = FtsQuery.prefixes(query);
        String sql = match.isPresent() ? RANKED_SEARCH : LIST_ALL;
        return transactions.read("search the catalog for \"" + query + "\"", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Statements.bind(select, category == null ? null : category.name(),
                        status == null ? null : status.name(), match.orElse(null), limit);
                List<CapabilityRow> found = new ArrayList<>();
                ResultSet rows = select.executeQuery();
                while (rows.next()) {
                    found.add(new CapabilityRow(rows.getString(1), rows.getString(2),
                            Category.valueOf(rows.getString(3)), CapabilityStatus.valueOf(rows.getString(4)),
                            rows.getString(5), rows.getString(6)));
                }
                return found;
            }
        });
    }

    /** The number of capabilities in the current catalog; 0 before the first import. */
    public int count() {
        return transactions.read("count the capabilities of the current catalog", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM capability WHERE catalog_id = " + CURRENT_ID);
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
