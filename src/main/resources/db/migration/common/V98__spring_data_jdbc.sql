-- Spring Data JDBC keeps a list's order in its key column from 0: the options of a decision point and the criteria of
-- a stage gate were numbered from 1. Two steps, so no row meets another's (parent, seq) on the way.
UPDATE decision_option SET seq = -seq;
UPDATE decision_option SET seq = -seq - 1;
UPDATE stage_gate_criterion SET seq = -seq;
UPDATE stage_gate_criterion SET seq = -seq - 1;

-- Optimistic locking of the one row per case that changes (the stage it is in, completed, ended).
ALTER TABLE enablement ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
