package com.promisedesk.store;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityShelf;
import com.promisedesk.domain.RequirementCycles;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogParts;
import com.promisedesk.jdbc.Statements;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The capabilities of one stored catalog version, read from the store when asked for: a rep's
 * promises name a few dozen of a catalog's thousands. The last {@value #KEPT} asked for are kept,
 * so an open promise's lines are read once, not at every check. Safe from any thread: no lock of
 * its own is held while it waits for the store's (a sync may be checking promises in a
 * transaction while the screen asks for a capability).
 */
final class StoredCapabilities implements CapabilityShelf {

    /** Capabilities kept after reading: more than the lines of the biggest promise, a few hundred KB. */
    static final int KEPT = 2048;

    private final Transactions transactions;
    private final long catalogId;
    private final String name;
    private final CatalogParts.Reader reader;
    private final int size;
    private final Map<String, Optional<Capability>> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Capability>> eldest) {
            return size() > KEPT;
        }
    };
    /** Only the reader's parsing: the values it keeps once are not for two threads at once. */
    private final Object parsing = new Object();
    private volatile RequirementCycles cycles;

    StoredCapabilities(Transactions transactions, long catalogId, String name, CatalogParts.Reader reader, int size) {
        this.transactions = transactions;
        this.catalogId = catalogId;
        this.name = name;
        this.reader = reader;
        this.size = size;
    }

    @Override
    public Optional<Capability> capability(String code) {
        synchronized (kept) {
            Optional<Capability> found = kept.get(code);
            if (found != null) {
                return found;
            }
        }
        Optional<Capability> read = definitions("read capability " + code + " of the " + name,
                "SELECT definition FROM capability WHERE catalog_id = ? AND code = ?", code).stream().findFirst();
        synchronized (kept) {
            kept.put(code, read);
        }
        return read;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<Capability> first(int n) {
        return definitions("read the first capabilities of the " + name,
                "SELECT definition FROM capability WHERE catalog_id = ? ORDER BY id LIMIT ?", n);
    }

    @Override
    public List<Capability> all() {
        return definitions("read the capabilities of the " + name,
                "SELECT definition FROM capability WHERE catalog_id = ? ORDER BY id", null);
    }

    @Override
    public RequirementCycles requirementCycles() {
        RequirementCycles found = cycles;
        if (found == null) {
            found = RequirementCycles.known(transactions.read("read the requirement cycles of the " + name, connection -> {
                Map<String, Integer> cycleOf = new HashMap<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT code, on_cycle FROM capability WHERE catalog_id = ? AND on_cycle IS NOT NULL")) {
                    ResultSet rows = Statements.bind(select, catalogId).executeQuery();
                    while (rows.next()) {
                        cycleOf.put(rows.getString(1), rows.getInt(2));
                    }
                }
                return cycleOf;
            }));
            cycles = found;
        }
        return found;
    }

    /**
     * The capabilities {@code sql} selects, with the catalog's id and {@code argument} (when not null)
     * bound; each row's text is read into a capability and dropped before the next.
     */
    private List<Capability> definitions(String what, String sql, Object argument) {
        return transactions.read(what, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (argument == null) {
                    Statements.bind(select, catalogId);
                } else {
                    Statements.bind(select, catalogId, argument);
                }
                List<Capability> read = new ArrayList<>();
                ResultSet rows = select.executeQuery();
                while (rows.next()) {
                    read.add(parse(rows.getString(1)));
                }
                return read;
            }
        });
    }

    private Capability parse(String definition) {
        try {
            synchronized (parsing) {
                return reader.capability(definition);
            }
        } catch (BadFileException e) {
            throw new StoreException("The " + name + " can no longer be read (" + e.getMessage()
                    + "); import a catalog again", e);
        }
    }
}
