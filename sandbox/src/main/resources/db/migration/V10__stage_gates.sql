-- Lodestar sandbox schema: stage gates (issue 9, SqlGateStore). The PMO's lifecycle (one for
-- every project), its gate criteria and approvers; each project's gate state and its history.
-- A project without a gate_state row is in the first phase with no request (version 0).

-- The PMO's settings: exactly one row (id 1). phases: the names in order, one per line.
CREATE TABLE gate_settings (
  id        INT PRIMARY KEY,
  phases    VARCHAR(4000) NOT NULL,
  quorum    INT NOT NULL,
  version   BIGINT NOT NULL,
  CONSTRAINT ck_gate_settings_one CHECK (id = 1),
  CONSTRAINT ck_gate_settings_quorum CHECK (quorum BETWEEN 1 AND 20)
);

-- The exit-gate criteria of a phase (zero-based), in position order. kind CHECK: a checklist
-- item; DOC: a required document (label in text); RULE: a template rule id (text unused).
CREATE TABLE gate_criterion (
  phase    INT NOT NULL,
  kind     VARCHAR(5) NOT NULL,
  position INT NOT NULL,
  item_id  VARCHAR(64) NOT NULL,
  text     VARCHAR(255) NOT NULL,
  PRIMARY KEY (phase, kind, position),
  CONSTRAINT ck_gate_criterion_kind CHECK (kind IN ('CHECK', 'DOC', 'RULE'))
);

-- The approvers, in the PMO's order.
CREATE TABLE gate_approver (
  position INT PRIMARY KEY,
  user_key VARCHAR(255) NOT NULL,
  CONSTRAINT uq_gate_approver UNIQUE (user_key)
);

-- A project's gate state. The open request's columns are null when none is open; ticked and
-- approvals hold ids / user keys one per line.
CREATE TABLE gate_state (
  project_key  VARCHAR(255) PRIMARY KEY,
  phase        INT NOT NULL,
  version      BIGINT NOT NULL,
  req_phase    INT,
  req_by       VARCHAR(255),
  req_at       TIMESTAMP WITH TIME ZONE,
  req_ticked   VARCHAR(4000),
  req_approvals VARCHAR(4000),
  CONSTRAINT ck_gate_state_phase CHECK (phase >= 0)
);
CREATE INDEX ix_gate_state_phase ON gate_state (phase);

-- The open request's document links.
CREATE TABLE gate_request_document (
  project_key VARCHAR(255) NOT NULL REFERENCES gate_state (project_key) ON DELETE CASCADE,
  doc_id      VARCHAR(64) NOT NULL,
  link        VARCHAR(2000) NOT NULL,
  PRIMARY KEY (project_key, doc_id)
);

-- Every gate event of a project, in order (seq from 0); append-only.
CREATE TABLE gate_event (
  project_key VARCHAR(255) NOT NULL,
  seq         INT NOT NULL,
  kind        VARCHAR(10) NOT NULL,
  phase       INT NOT NULL,
  actor_key   VARCHAR(255) NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  comment     VARCHAR(2000) NOT NULL,
  PRIMARY KEY (project_key, seq)
);

-- The standard lifecycle, no criteria, one approval, no approvers yet (the demo names some).
INSERT INTO gate_settings (id, phases, quorum, version)
  VALUES (1, 'Initiate' || CHAR(10) || 'Plan' || CHAR(10) || 'Execute' || CHAR(10) || 'Close', 1, 1);
