-- Lodestar sandbox schema, version 5: each risk's assessment kept materialised (the engine's
-- MaterialisedAssessment), the register's tallies per project (RegisterTally), the index state per
-- project, and the journal of issue writes not yet applied. Register pages, heat maps and
-- summaries read these instead of assessing every risk (SqlAssessedRiskIndex).

-- stamp: the AssessmentStamp the rows and tallies are consistent with; null while (re)building.
-- target_stamp: the stamp being built; done/total: the running rebuild's progress.
CREATE TABLE risk_index_state (
  project_id   BIGINT PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  stamp        VARCHAR(64),
  target_stamp VARCHAR(64),
  done         BIGINT DEFAULT 0 NOT NULL,
  total        BIGINT DEFAULT 0 NOT NULL
);

-- One row per risk issue of a project whose state has a stamp. The *_missing flags put missing
-- values last in both directions; key_prefix/key_number/issue_key give IssueKeyOrder.
CREATE TABLE risk_assessment (
  issue_id       BIGINT PRIMARY KEY REFERENCES issue (id) ON DELETE CASCADE,
  project_id     BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  issue_key      VARCHAR(255) NOT NULL,
  key_prefix     VARCHAR(255) NOT NULL,
  key_number     BIGINT NOT NULL,
  title          VARCHAR(4000) NOT NULL,
  title_fold     VARCHAR(4000) NOT NULL,
  status         VARCHAR(20) NOT NULL,
  active         BOOLEAN NOT NULL,
  kind           VARCHAR(20) NOT NULL,
  owner_key      VARCHAR(255),
  review_date    DATE,
  review_missing BOOLEAN NOT NULL,
  score          DECIMAL(30, 10),
  score_missing  BOOLEAN NOT NULL,
  band_key       VARCHAR(64),
  band_rank      INT NOT NULL,
  inherent_p     INT,
  inherent_i     INT,
  residual_p     INT,
  residual_i     INT,
  above_appetite BOOLEAN NOT NULL,
  emv            DECIMAL(30, 2)
);
CREATE INDEX ix_ra_score_asc ON risk_assessment (project_id, score_missing, score, key_prefix, key_number, issue_key);
CREATE INDEX ix_ra_score_desc ON risk_assessment (project_id, score_missing, score DESC, key_prefix, key_number, issue_key);
CREATE INDEX ix_ra_review_asc ON risk_assessment (project_id, review_missing, review_date, key_prefix, key_number, issue_key);
CREATE INDEX ix_ra_review_desc ON risk_assessment (project_id, review_missing, review_date DESC, key_prefix, key_number, issue_key);
CREATE INDEX ix_ra_title_asc ON risk_assessment (project_id, title_fold, title, key_prefix, key_number, issue_key);
CREATE INDEX ix_ra_title_desc ON risk_assessment (project_id, title_fold DESC, title DESC, key_prefix, key_number, issue_key);
CREATE INDEX ix_ra_key_asc ON risk_assessment (project_id, key_prefix, key_number, issue_key);
CREATE INDEX ix_ra_key_desc ON risk_assessment (project_id, key_prefix DESC, key_number DESC, issue_key DESC);
CREATE INDEX ix_ra_top ON risk_assessment (project_id, active, score_missing, score DESC, band_rank DESC, key_prefix, key_number, issue_key);

-- RegisterTally entries per project: a heat map or summary sums O(cells + bands + dates) rows.
CREATE TABLE risk_tally (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  dimension  VARCHAR(32) NOT NULL,
  bucket     VARCHAR(64) NOT NULL,
  n          BIGINT NOT NULL,
  amount     DECIMAL(30, 2) NOT NULL,
  PRIMARY KEY (project_id, dimension, bucket)
);

-- Issue writes not yet applied to the rows and tallies: written in the writing transaction
-- (RiskIndexJournal), applied before the next read of that project's register.
CREATE TABLE risk_index_journal (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  project_id BIGINT NOT NULL,
  issue_id   BIGINT NOT NULL
);
CREATE INDEX ix_risk_index_journal_project ON risk_index_journal (project_id, id);
