-- Each capability's own entry from the catalog file (JSON), so the app reads a capability when a
-- line asks for it instead of reading the whole catalog's text into memory at every start; and
-- the catalog's head (version, date, calendar, policy). NULL for catalogs imported before this
-- version: the app reads such a catalog from its text once more and fills them in.
ALTER TABLE capability ADD COLUMN definition TEXT;
ALTER TABLE catalog_version ADD COLUMN head TEXT;

-- The cycle of requirements a capability is on, found when the catalog was imported:
-- capabilities with one number require each other (a catalog mistake the checker names).
-- NULL for every capability on none, which is nearly all.
ALTER TABLE capability ADD COLUMN on_cycle INTEGER;
