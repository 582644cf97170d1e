-- What a revision says, apart from its number and issue date: the SHA-256 of the summary's
-- canonical text with those two left out (export.Fingerprint.ofWhatItSays). Issuing a
-- promise whose summary says the same as its last revision makes no new revision (issue 15).
-- Null for revisions issued before: they are never taken as unchanged.
ALTER TABLE revision ADD COLUMN says_sha256 TEXT CHECK (says_sha256 IS NULL OR length(says_sha256) = 64);
