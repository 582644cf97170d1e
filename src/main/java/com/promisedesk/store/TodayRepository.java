package com.promisedesk.store;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.DeliveryKind;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.Milestone;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the Today view reads besides the agreed promises themselves: their milestones and delivery
 * marks in one query each (not one per promise, so a thousand agreed promises cost two
 * statements), the day each promise was agreed for the relationship touches, the catalog versions
 * the device has held and when, and when the rep last saw the approvals.
 */
public final class TodayRepository {

    /** The thing the Approvals screen marks seen. */
    public static final String APPROVALS = "approvals";

    /** A part's promise is one {@code PromiseRepository.agreed()} reads: AGREED or IN_DELIVERY. */
    private static final String OF_AGREED = "promise_id IN (SELECT id FROM promise WHERE status IN ('AGREED', 'IN_DELIVERY'))";

    private final Transactions transactions;
    private final CatalogRepository catalogs;

    TodayRepository(Transactions transactions, CatalogRepository catalogs) {
        this.transactions = transactions;
        this.catalogs = catalogs;
    }

    /** A catalog version this device has held, and when it was imported (it was current from then). */
    public record HeldCatalog(long id, String version, Instant importedAt) {
    }

    /** A promise agreed on a day, for the relationship touches: no lines, no parts. */
    public record AgreedDay(UUID promiseId, String customer, String title, LocalDate agreedOn) {
    }

    /** Every promise the customer agreed and did not withdraw, whatever came of it since, oldest first. */
    public List<AgreedDay> agreedDays() {
        return transactions.read("read the days promises were agreed", connection -> {
            List<AgreedDay> agreed = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, customer_name, title, agreed_on FROM promise"
                    + " WHERE agreed_on IS NOT NULL AND status <> 'WITHDRAWN' ORDER BY key");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    agreed.add(new AgreedDay(SqlValues.uuid(rows.getString(1)), rows.getString(2), rows.getString(3),
                            SqlValues.date(rows.getString(4))));
                }
            }
            return agreed;
        });
    }

    /** The milestones of every promise agreed and not yet delivered or closed, by promise, each promise's in order. */
    public Map<UUID, List<Milestone>> agreedMilestones() {
        return transactions.read("read the milestones of the agreed promises", connection -> {
            Map<UUID, List<Milestone>> all = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT promise_id, text, due_date, done FROM milestone WHERE " + OF_AGREED + " ORDER BY promise_id, position");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.computeIfAbsent(SqlValues.uuid(rows.getString(1)), id -> new ArrayList<>()).add(
                            new Milestone(rows.getString(2), SqlValues.date(rows.getString(3)), rows.getInt(4) != 0));
                }
            }
            return all;
        });
    }

    /** The delivery marks of every promise agreed and not yet delivered or closed, by promise, each promise's oldest first. */
    public Map<UUID, List<DeliveryMark>> agreedMarks() {
        return transactions.read("read the deliveries of the agreed promises", connection -> {
            Map<UUID, List<DeliveryMark>> all = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT promise_id, line, kind, on_date, reason, recorded_at FROM delivery_mark WHERE " + OF_AGREED
                            + " ORDER BY recorded_at, change_id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int line = rows.getInt(2);
                    Integer lineOrNone = rows.wasNull() ? null : line;
                    all.computeIfAbsent(SqlValues.uuid(rows.getString(1)), id -> new ArrayList<>()).add(
                            new DeliveryMark(lineOrNone, DeliveryKind.valueOf(rows.getString(3)),
                                    SqlValues.date(rows.getString(4)), rows.getString(5),
                                    SqlValues.instant(rows.getString(6))));
                }
            }
            return all;
        });
    }

    /** The catalog versions this device has held, in the order they were imported. */
    public List<HeldCatalog> heldCatalogs() {
        return transactions.read("list the catalog versions held", connection -> {
            List<HeldCatalog> held = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, version, imported_at FROM catalog_version ORDER BY imported_at, id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    held.add(new HeldCatalog(rows.getLong(1), rows.getString(2), SqlValues.instant(rows.getString(3))));
                }
            }
            return held;
        });
    }

    /** A held catalog version, its capabilities read from the store as they are asked for. */
    public Catalog catalog(HeldCatalog held) {
        return catalogs.open(held.id(), held.version());
    }

    /** When the rep last saw {@code what}; empty when never. */
    public Optional<Instant> seenAt(String what) {
        return transactions.read("read when " + what + " was last seen", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT seen_at FROM seen WHERE what = ?")) {
                ResultSet rows = Statements.bind(select, what).executeQuery();
                return rows.next() ? Optional.of(SqlValues.instant(rows.getString(1))) : Optional.<Instant>empty();
            }
        });
    }

    /** The rep saw {@code what} at {@code at}. */
    public void markSeen(String what, Instant at) {
        transactions.write("remember that " + what + " was seen", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO seen (what, seen_at) VALUES (?, ?) ON CONFLICT (what) DO UPDATE SET seen_at = excluded.seen_at")) {
                Statements.bind(upsert, what, SqlValues.text(at)).executeUpdate();
            }
            return null;
        });
    }
}
