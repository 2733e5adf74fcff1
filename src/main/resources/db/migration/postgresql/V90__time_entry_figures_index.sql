-- The hours balance sums a case's month in the database and shows one page of it, newest first: one index serves
-- both (range of the month, ordered by work date and id) and carries the columns the sums need, so that summing
-- a month of 100,000 entries reads the index only. It replaces time_entry_case_date, of which it is a superset.
CREATE INDEX time_entry_case_month ON time_entry (case_number, work_date, id)
    INCLUDE (plan, minutes, held, scheduled_meeting, reverses_id);
DROP INDEX time_entry_case_date;
