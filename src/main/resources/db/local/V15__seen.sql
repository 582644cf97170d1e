-- When the rep last looked at something Today points at (what = 'approvals': the Approvals
-- screen), so Today lists only the decisions that arrived since. One row per thing, replaced.
CREATE TABLE seen (
    what    TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
);
