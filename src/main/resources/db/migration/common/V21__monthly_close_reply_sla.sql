-- The monthly close keeps the month's reply SLA figures next to its hours.
ALTER TABLE monthly_close ADD COLUMN sla_consultations INTEGER;
ALTER TABLE monthly_close ADD COLUMN sla_replied_in_time INTEGER;
ALTER TABLE monthly_close ADD COLUMN sla_breached INTEGER;
ALTER TABLE monthly_close ADD COLUMN sla_open INTEGER;
ALTER TABLE monthly_close ADD COLUMN sla_median_delay_minutes INTEGER;
ALTER TABLE monthly_close ADD COLUMN sla_worst_delay_minutes INTEGER;
