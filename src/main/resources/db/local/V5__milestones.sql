-- Milestones of delivery (issue 6): dated steps after a promise is agreed, numbered 1, 2, …
-- per promise. No cascade from promise: a promise row is never deleted, and if it ever
-- were, what was promised about delivery must not vanish with it silently.
CREATE TABLE milestone (
    id         TEXT    PRIMARY KEY,
    promise_id TEXT    NOT NULL REFERENCES promise (id),
    position   INTEGER NOT NULL CHECK (position >= 1),
    text       TEXT    NOT NULL,
    due_date   TEXT    NOT NULL,
    done       INTEGER NOT NULL CHECK (done IN (0, 1)),
    updated_at TEXT    NOT NULL,
    UNIQUE (promise_id, position)
);

-- Each update exactly as it was made (added, done, undone), keyed by its outbox entry's
-- change id: the central store keeps every update as history, so each is pushed, not just
-- the latest state. Deleted with its outbox entry once the server has answered.
CREATE TABLE milestone_update (
    change_id    TEXT    PRIMARY KEY,
    milestone_id TEXT    NOT NULL REFERENCES milestone (id),
    promise_id   TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    due_date     TEXT    NOT NULL,
    done         INTEGER NOT NULL CHECK (done IN (0, 1)),
    updated_at   TEXT    NOT NULL
);
