package com.promisedesk.store;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.file.CatalogParts;
import com.promisedesk.jdbc.Statements;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a stored catalog version with its capabilities left in the store ({@link StoredCapabilities}),
 * and keeps each capability's part apart when a catalog is imported. A version imported before the
 * parts were kept is read from its text once more, and its parts are filled in for the next time.
 */
final class StoredCatalogs {

    private static final Logger LOG = LoggerFactory.getLogger(StoredCatalogs.class);

    private final Transactions transactions;
    private final CatalogRepository catalogs;

    StoredCatalogs(Transactions transactions, CatalogRepository catalogs) {
        this.transactions = transactions;
        this.catalogs = catalogs;
    }

    /** What the store holds of a version's parts. */
    private record Held(String head, int capabilities, int withoutPart) {
        boolean whole() {
            return head != null && withoutPart == 0;
        }
    }

    Catalog open(long id, String version) {
        String name = "stored catalog " + version;
        Held held = held(id, name);
        if (!held.whole()) {
            Catalog fromText = fromText(id, name);
            if (!fill(id, fromText)) {
                return fromText;
            }
            held = held(id, name);
        }
        CatalogParts.Reader reader = new CatalogParts.Reader(name);
        try {
            return reader.catalog(held.head(), new StoredCapabilities(transactions, id, name, reader, held.capabilities()));
        } catch (BadFileException e) {
            throw unreadable(name, e);
        }
    }

    private Held held(long id, String name) {
        return transactions.read("read the " + name, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT v.head, count(c.id), count(c.id) - count(c.definition)"
                    + " FROM catalog_version v LEFT JOIN capability c ON c.catalog_id = v.id WHERE v.id = ? GROUP BY v.id")) {
                ResultSet rows = Statements.bind(select, id).executeQuery();
                return rows.next() ? new Held(rows.getString(1), rows.getInt(2), rows.getInt(3)) : new Held(null, 0, 0);
            }
        });
    }

    /** The version read from the text it was imported from, as before its parts were kept. */
    private Catalog fromText(long id, String name) {
        try (Reader source = catalogs.sourceReader(id)) {
            return CatalogFile.parseStored(source, () -> catalogs.sourceText(id), name);
        } catch (BadFileException e) {
            throw unreadable(name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills in the parts of a version imported before they were kept; false when its text cannot be cut apart. */
    private boolean fill(long id, Catalog catalog) {
        Optional<CatalogParts> parts;
        try (Reader source = catalogs.sourceReader(id)) {
            parts = CatalogParts.of(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parts.isEmpty() || parts.get().capabilities().size() != catalog.size()) {
            return false;
        }
        transactions.write("keep the capabilities of catalog " + catalog.version() + " apart", connection -> {
            keep(connection, id, catalog, parts.get());
            return null;
        });
        LOG.info("Kept the {} capabilities of catalog {} apart", catalog.size(), catalog.version());
        return true;
    }

    /** Stores {@code parts} beside catalog {@code id}'s capabilities, in the caller's transaction. */
    static void keep(Connection connection, long id, Catalog catalog, CatalogParts parts) throws SQLException {
        List<Capability> capabilities = catalog.capabilities();
        Map<String, Integer> cycles = catalog.requirementCycles().members();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE capability SET definition = ?, on_cycle = ? WHERE catalog_id = ? AND code = ?")) {
            for (int i = 0; i < capabilities.size(); i++) {
                String code = capabilities.get(i).code();
                Statements.bind(update, parts.capabilities().get(i), cycles.get(code), id, code).addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE catalog_version SET head = ? WHERE id = ?")) {
            Statements.bind(update, parts.head(), id).executeUpdate();
        }
    }

    private static StoreException unreadable(String name, Exception e) {
        return new StoreException("The " + name + " can no longer be read (" + e.getMessage()
                + "); import a catalog again", e);
    }
}
