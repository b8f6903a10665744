-- Lodestar sandbox schema: each indexed risk's record (what SqlRiskSource reads for it: summary,
-- status category and the mapped field values, without the viewer-dependent mitigation keys) kept
-- beside its assessment in risk_assessment, so that a register page and the summary's top risks
-- are one indexed read of the index (SqlAssessedRiskIndex) instead of the issue rows, custom
-- values and field types of every row. rec_fields is SqlAssessedRiskIndex's field encoding;
-- rec_kept is false on a row whose record was too long to keep.
--
-- The index holds derived values only, and rows written before this version hold no record: it is
-- emptied (adding columns to the empty table is instant; to a full one H2 copies the table and its
-- nine indexes once per column, minutes at 1,000,000 issues) and every project is rebuilt on its
-- next register read (the register walks and says "recomputing" until done).
TRUNCATE TABLE risk_assessment;
TRUNCATE TABLE risk_tally;
TRUNCATE TABLE risk_index_journal;
UPDATE risk_index_state SET stamp = NULL, target_stamp = NULL, done = 0, total = 0;
ALTER TABLE risk_assessment ADD COLUMN rec_summary VARCHAR(4000);
ALTER TABLE risk_assessment ADD COLUMN rec_status_category VARCHAR(20);
ALTER TABLE risk_assessment ADD COLUMN rec_fields CHARACTER VARYING;
ALTER TABLE risk_assessment ADD COLUMN rec_kept BOOLEAN DEFAULT FALSE NOT NULL;
