-- The hours balance sums a case's month in the database and shows one page of it, newest first (work date, id).
-- H2 has no INCLUDE columns: the PostgreSQL migration of the same version adds them.
CREATE INDEX time_entry_case_month ON time_entry (case_number, work_date, id);
DROP INDEX time_entry_case_date;
