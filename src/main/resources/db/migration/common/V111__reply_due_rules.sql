-- The rules the open consultations' due times were last computed under (BusinessCalendar.replyDueRules, a digest
-- of the calendar's configuration, the national holidays and the plans' reply SLAs). At start-up the service
-- recomputes the open consultations' due times only when the rules in effect differ from these.
CREATE TABLE reply_due_rules (
    id          SMALLINT                 PRIMARY KEY CHECK (id = 1),
    digest      VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO reply_due_rules (id, digest) VALUES (1, '');
