-- Case numbers come from one sequence per year (case_number_YYYY), created by the service when first needed and
-- started after the highest number of that year in engagement: the counter table is no longer read or written.
DROP TABLE case_number_counter;
