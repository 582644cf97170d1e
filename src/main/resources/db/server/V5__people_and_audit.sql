-- People, their activity and who did what (issue 18: the console's Access and Team pages,
-- e-mail notices). Portable SQL, as V1: the same migration runs on SQLite and PostgreSQL.

-- Where notices for a token's person go (optional: no address, no mail), and when the
-- token was last used: last_seen for any request, last_sync for a pull (a device's sync).
-- Each device connects with its own token, so a token's last_sync is its device's.
ALTER TABLE api_token ADD COLUMN email VARCHAR(320);
ALTER TABLE api_token ADD COLUMN last_seen VARCHAR(40);
ALTER TABLE api_token ADD COLUMN last_sync VARCHAR(40);

-- Who did what, never edited: sign-ins to the console, decisions on exception requests,
-- catalog publishes, tokens made and revoked. Written in the transaction of the change it
-- records, so an entry exists exactly when the change does.
CREATE TABLE audit_event (
    id       VARCHAR(36)   PRIMARY KEY,
    at       VARCHAR(40)   NOT NULL,
    actor    VARCHAR(200)  NOT NULL,   -- a token's user, or "server command line"
    action   VARCHAR(40)   NOT NULL,   -- sign-in, decision, publish, token-created, token-revoked
    subject  VARCHAR(400)  NOT NULL,   -- what it was done to: a request id, a catalog version, a token id
    detail   VARCHAR(2000)             -- the decision and its note, a token's user and role …
);
CREATE INDEX audit_event_at ON audit_event (at);
