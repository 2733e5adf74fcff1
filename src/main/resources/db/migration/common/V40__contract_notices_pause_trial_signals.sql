-- Notices: the date they were recorded (a notice may be recorded up to a week after it was received),
-- and what became of a notice that never took effect (superseded by the contract's end, or withdrawn).
ALTER TABLE notice ADD COLUMN recorded_on DATE;
UPDATE notice SET recorded_on = notice_date WHERE recorded_on IS NULL;
ALTER TABLE notice ALTER COLUMN recorded_on SET NOT NULL;
ALTER TABLE notice ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notice ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notice ADD COLUMN withdrawn_by VARCHAR(64);
ALTER TABLE notice ADD COLUMN withdrawal_reason VARCHAR(2000);

-- A term that ended while its renewal was still undecided pauses the contract after the term's last day.
ALTER TABLE contract ADD COLUMN paused_after DATE;
ALTER TABLE contract_term ADD COLUMN ended_undecided_at TIMESTAMP WITH TIME ZONE;

-- The three signals of the "about three months" check, asked in the trial review.
CREATE TABLE trial_signals (
    term_id                    BIGINT                   NOT NULL PRIMARY KEY REFERENCES contract_term (id),
    confusion_points_in_words  BOOLEAN                  NOT NULL,
    what_to_decide_clear       BOOLEAN                  NOT NULL,
    fewer_stalls               BOOLEAN                  NOT NULL,
    recorded_by                VARCHAR(64)              NOT NULL,
    recorded_at                TIMESTAMP WITH TIME ZONE NOT NULL
);
