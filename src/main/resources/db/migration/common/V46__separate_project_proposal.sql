-- 別プロジェクト提案 (Separate project proposal): the out-of-scope part of an inquiry (domain.md, section 1 "Out of
-- scope"), either the whole request or the part split off (split = true) while the enablement part goes on to a plan.
CREATE TABLE separate_project_proposal (
    case_number   VARCHAR(16)              NOT NULL PRIMARY KEY REFERENCES engagement (case_number),
    scope_summary VARCHAR(2000)            NOT NULL,
    proposal      VARCHAR(4000)            NOT NULL,
    split         BOOLEAN                  NOT NULL,
    proposed_by   VARCHAR(64)              NOT NULL,
    proposed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
