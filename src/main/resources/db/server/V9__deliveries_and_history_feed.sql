-- Delivery marks pushed by reps (issue 19), and the history a rep's other devices pull down
-- (docs/decisions/0025). Portable SQL, as V1.

-- Each line delivered or cancelled by us, or the promise withdrawn by the customer, exactly as
-- the device recorded it: history, only ever inserted, each change id once. line counts from 0
-- and is null for a withdrawal. seq is where the mark sits in its owner's feed.
CREATE TABLE delivery_mark (
    change_id   VARCHAR(36)  PRIMARY KEY,
    promise_id  VARCHAR(36)  NOT NULL,
    owner       VARCHAR(200) NOT NULL,
    line        INTEGER,
    kind        VARCHAR(12)  NOT NULL,
    on_date     VARCHAR(10)  NOT NULL,
    reason      TEXT,
    recorded_at VARCHAR(40)  NOT NULL,
    received_at VARCHAR(40)  NOT NULL,
    seq         BIGINT
);
CREATE INDEX delivery_mark_by_promise ON delivery_mark (promise_id, recorded_at);
CREATE INDEX delivery_mark_feed ON delivery_mark (owner, seq);

-- Revisions and milestones join the feed: a revision at the seq it was stored with, a
-- milestone at the seq of its latest current state. Rows stored before this version get
-- theirs from migration 9.1 (HistoryFeedFill, Java: one new seq each).
ALTER TABLE revision ADD COLUMN seq BIGINT;
ALTER TABLE milestone ADD COLUMN seq BIGINT;
CREATE INDEX revision_feed ON revision (owner, seq);
CREATE INDEX milestone_feed ON milestone (owner, seq);
