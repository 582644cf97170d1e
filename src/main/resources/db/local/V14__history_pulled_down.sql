-- Revisions, milestones and delivery marks now come down to the rep's other devices
-- (docs/decisions/0025). What the central store received before this version sits below the
-- cursor this device has already pulled past, so the next sync pulls the whole feed again from
-- the start, once: applying a page twice changes nothing (a promise is written only when newer,
-- a revision or mark only when not here yet).
DELETE FROM sync_setting WHERE key = 'cursor';
