package com.promisedesk.store;

import com.promisedesk.jdbc.Statements;
import java.io.Reader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The text a catalog version was imported from, read from the store a piece at a time: a
 * 50,000-capability catalog is a 39 MB text that the app need not hold to read it. Versions
 * never change once imported, so the pieces of one version always fit together.
 */
final class StoredCatalogText extends Reader {

    /** Characters a piece: a few MB of heap at a time, a few dozen reads for the biggest catalogs. */
    static final int PIECE_CHARS = 2 * 1024 * 1024;

    private final Transactions transactions;
    private final long catalogId;
    private final int pieceChars;
    /** 1-based, in SQLite's characters (code points), of the next piece. */
    private long next = 1;
    private String piece = "";
    private int at;
    private boolean ended;

    StoredCatalogText(Transactions transactions, long catalogId, int pieceChars) {
        this.transactions = transactions;
        this.catalogId = catalogId;
        this.pieceChars = pieceChars;
    }

    @Override
    public int read(char[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (at == piece.length() && !nextPiece()) {
            return -1;
        }
        int count = Math.min(length, piece.length() - at);
        piece.getChars(at, at + count, into, offset);
        at += count;
        return count;
    }

    private boolean nextPiece() {
        if (ended) {
            return false;
        }
        piece = transactions.read("read the text of the stored catalog", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT substr(source_text, ?, ?) FROM catalog_version WHERE id = ?")) {
                ResultSet rows = Statements.bind(select, next, pieceChars, catalogId).executeQuery();
                String text = rows.next() ? rows.getString(1) : null;
                return text == null ? "" : text;
            }
        });
        at = 0;
        next += piece.codePointCount(0, piece.length());
        ended = piece.isEmpty();
        return !ended;
    }

    @Override
    public void close() {
        piece = "";
        ended = true;
    }
}
