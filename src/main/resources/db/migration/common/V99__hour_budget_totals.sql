-- Running totals of each budget period's entries, kept on the period's row by every command that writes an entry
-- or a decision, under the lock it takes on that row: the balance and the cap check read them instead of summing
-- the entries. Same figures as jp.bansou.hours.Tally; a reversal counts with its negative minutes (and -1 meeting).
-- Backfilled from the existing entries by the Java migration V100 (jp.bansou.hours.HourTotals).
ALTER TABLE hour_budget ADD COLUMN used_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE hour_budget ADD COLUMN pending_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE hour_budget ADD COLUMN approved_over_cap_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE hour_budget ADD COLUMN declined_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE hour_budget ADD COLUMN scheduled_meetings_held INTEGER DEFAULT 0 NOT NULL;
-- entries and reversals alike, for the balance's paging
ALTER TABLE hour_budget ADD COLUMN entry_count INTEGER DEFAULT 0 NOT NULL;
