-- Promises the central store refused because their id is another rep's (two reps imported
-- one shared file). Their outbox entries stay, so nothing is lost, but sync sends them no
-- more and tells the rep each round what to do; they no longer hold up the rest.
CREATE TABLE refused_promise (
    promise_id TEXT PRIMARY KEY,
    refused_at TEXT NOT NULL
);
