-- The customer's language ("de"), which the read-back and the written summary are worded in.
-- Null when none was chosen: the promises stored before this column are written in English,
-- as until now.
ALTER TABLE promise ADD COLUMN language TEXT;
