-- Delivery of agreed promises (issue 19): each line delivered or cancelled by us, or the
-- promise withdrawn by the customer, kept as history. A mark is never changed or removed (the
-- triggers refuse): a correction is a later mark of the same line. change_id is the mark's
-- identity everywhere: the outbox entry's id on the device that made it, the same on the
-- central store and on the rep's other devices that pull it. No cascade from promise.
CREATE TABLE delivery_mark (
    change_id   TEXT    PRIMARY KEY,
    promise_id  TEXT    NOT NULL REFERENCES promise (id),
    line        INTEGER CHECK (line IS NULL OR line >= 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('DELIVERED', 'CANCELLED', 'WITHDRAWN')),
    on_date     TEXT    NOT NULL,
    reason      TEXT,
    recorded_at TEXT    NOT NULL,
    CHECK ((kind = 'WITHDRAWN') = (line IS NULL))
);
CREATE INDEX delivery_mark_by_promise ON delivery_mark (promise_id, recorded_at);

CREATE TRIGGER delivery_mark_is_never_updated BEFORE UPDATE ON delivery_mark
BEGIN
    SELECT RAISE(ABORT, 'a delivery mark is history: record a new mark instead');
END;

CREATE TRIGGER delivery_mark_is_never_deleted BEFORE DELETE ON delivery_mark
BEGIN
    SELECT RAISE(ABORT, 'a delivery mark is history and cannot be deleted');
END;
