-- A spot proposal's budget in yen, excluding tax (税別); only for a proposed SPOT.
ALTER TABLE plan_proposal ADD COLUMN spot_budget_yen INTEGER;
