-- The Team page of the web console (issue 18) counts promises by status and rep. The
-- status lives in the promise's document; a column of its own lets one grouped query count
-- them on SQLite and PostgreSQL alike (their JSON functions differ). Every push writes it with
-- the document; migration 7.1 (PromiseStatusFill, Java) fills it for the promises already stored.
-- Portable SQL, as V1.
ALTER TABLE promise ADD COLUMN status VARCHAR(20);
