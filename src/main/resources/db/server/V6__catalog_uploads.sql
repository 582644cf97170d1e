-- A catalog file the catalog owner uploaded in the web console and has not yet published
-- (issue 18, docs/decisions/0021). Kept between the preview and Publish, on the server, so
-- every server process behind one load balancer finds it; bound to the user who uploaded
-- it and found only by its random id. Portable SQL, as V1: SQLite and PostgreSQL alike.
-- A person keeps one pending upload: a new upload replaces theirs, Publish deletes it, and
-- rows older than a day are deleted at the next upload.
CREATE TABLE catalog_upload (
    id          VARCHAR(40)  PRIMARY KEY,   -- 128 random bits, hex
    user_name   VARCHAR(200) NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    source_text TEXT         NOT NULL,      -- exactly as uploaded (UTF-8 text), published as is
    uploaded_at VARCHAR(40)  NOT NULL
);
CREATE INDEX catalog_upload_user ON catalog_upload (user_name);
