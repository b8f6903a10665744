-- Lodestar sandbox schema: the version of each project's register answers (SqlAssessedRiskIndex).
-- It goes up in the transaction that applies the project's journal or finishes its rebuild, so a
-- register answer remembered under one version (RegisterAnswerCache, node-local) is never served
-- after a committed write of the project's risks, their links or their linked issues: every such
-- write is journaled for the risk's project (RiskIndexJournal), and a read applies the journal,
-- and so raises the version, before it answers. A few rows (one per project): adding the column
-- is instant.
ALTER TABLE risk_index_state ADD COLUMN answer_version BIGINT DEFAULT 0 NOT NULL;
