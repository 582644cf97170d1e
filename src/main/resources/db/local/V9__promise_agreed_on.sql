-- The day a promise was agreed (ISO date text): an agreed promise is judged as of that day,
-- so its verdicts never change with the calendar. Null while it is not agreed, and for the
-- promises agreed before this column: they are judged as of their start, as until now.
ALTER TABLE promise ADD COLUMN agreed_on TEXT;
