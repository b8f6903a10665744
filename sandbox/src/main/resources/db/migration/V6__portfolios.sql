-- Lodestar sandbox schema, version 6: the portfolio layer's configuration (portfolios and
-- programs with their project scopes, project profiles, strategic objectives and their links,
-- cost rates, health overrides) and the journal of issue writes the in-memory rollup index has not
-- applied yet (SqlPortfolioStore, SqlProjectProfiles, SqlHealthOverrides, SandboxRollupIndex).

-- A portfolio or a program (engine PortfolioNode). rag_preset names the RAG thresholds preset.
CREATE TABLE portfolio_node (
  node_key        VARCHAR(20) PRIMARY KEY,
  kind            VARCHAR(10) NOT NULL,
  name            VARCHAR(255) NOT NULL,
  parent_key      VARCHAR(20) REFERENCES portfolio_node (node_key),
  owner_key       VARCHAR(255) NOT NULL,
  sponsor_key     VARCHAR(255) NOT NULL,
  currency        VARCHAR(3) NOT NULL,
  progress_method VARCHAR(20) NOT NULL,
  rag_preset      VARCHAR(40) DEFAULT 'DOMAIN_PRESETS' NOT NULL,
  version         BIGINT NOT NULL,
  CONSTRAINT ck_portfolio_node_kind CHECK (kind IN ('PORTFOLIO', 'PROGRAM'))
);
CREATE INDEX ix_portfolio_node_parent ON portfolio_node (parent_key, node_key);

-- The scopes a node holds directly, in order: a Jira project (project_key), a saved filter
-- (filter_id) or a JQL string (jql); exactly the column of scope_kind is set.
CREATE TABLE portfolio_scope (
  node_key    VARCHAR(20) NOT NULL REFERENCES portfolio_node (node_key) ON DELETE CASCADE,
  position    INT NOT NULL,
  scope_kind  VARCHAR(10) NOT NULL,
  project_key VARCHAR(255),
  filter_id   BIGINT,
  jql         VARCHAR(2000),
  PRIMARY KEY (node_key, position),
  CONSTRAINT ck_portfolio_scope_kind CHECK (scope_kind IN ('PROJECT', 'FILTER', 'JQL'))
);
CREATE INDEX ix_portfolio_scope_project ON portfolio_scope (project_key);

-- A project's profile: who sponsors and manages it, its budget, plan and baseline. Amounts in
-- the profile's currency; the baseline is what PV is planned over (linear from start to end).
CREATE TABLE project_profile (
  project_id      BIGINT PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  sponsor_key     VARCHAR(255),
  manager_key     VARCHAR(255),
  budget          DECIMAL(19, 2),
  currency        VARCHAR(3) NOT NULL,
  start_date      DATE,
  end_date        DATE,
  phase           VARCHAR(40) NOT NULL,
  baseline_start  DATE,
  baseline_end    DATE,
  baseline_budget DECIMAL(19, 2),
  version         BIGINT NOT NULL
);

-- Strategic objectives of a portfolio (engine StrategicObjective) and the projects serving them.
CREATE TABLE strategic_objective (
  id            VARCHAR(64) PRIMARY KEY,
  portfolio_key VARCHAR(20) NOT NULL REFERENCES portfolio_node (node_key) ON DELETE CASCADE,
  name          VARCHAR(255) NOT NULL,
  owner_key     VARCHAR(255) NOT NULL,
  horizon       DATE NOT NULL,
  weight        DECIMAL(12, 4) NOT NULL,
  kpi           VARCHAR(255) NOT NULL,
  kpi_target    DECIMAL(19, 4) NOT NULL,
  version       BIGINT NOT NULL
);
CREATE INDEX ix_strategic_objective_portfolio ON strategic_objective (portfolio_key, id);

CREATE TABLE objective_link (
  project_key   VARCHAR(255) NOT NULL,
  objective_id  VARCHAR(64) NOT NULL REFERENCES strategic_objective (id) ON DELETE CASCADE,
  share_percent DECIMAL(7, 4) NOT NULL,
  PRIMARY KEY (project_key, objective_id)
);
CREATE INDEX ix_objective_link_objective ON objective_link (objective_id);

-- Hourly cost rates of one currency (engine RateCard): subject_kind DEFAULT (subject null), ROLE
-- (a role name) or USER (a user key), each from a date. person_role gives a person's role.
CREATE TABLE cost_rate (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  currency       VARCHAR(3) NOT NULL,
  subject_kind   VARCHAR(10) NOT NULL,
  subject        VARCHAR(255),
  effective_from DATE NOT NULL,
  hourly         DECIMAL(19, 4) NOT NULL,
  CONSTRAINT ck_cost_rate_kind CHECK (subject_kind IN ('DEFAULT', 'ROLE', 'USER'))
);
CREATE INDEX ix_cost_rate_currency ON cost_rate (currency);

CREATE TABLE person_role (
  user_key VARCHAR(255) PRIMARY KEY,
  role     VARCHAR(255) NOT NULL
);

-- Manual health overrides (engine HealthOverride), kept as history: the current one of a target
-- is its latest row not cleared; it holds until expires_on (inclusive).
CREATE TABLE health_override (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  target_kind VARCHAR(10) NOT NULL,
  target_key  VARCHAR(255) NOT NULL,
  rag         VARCHAR(10) NOT NULL,
  reason      VARCHAR(1000) NOT NULL,
  expires_on  DATE NOT NULL,
  set_by      VARCHAR(255) NOT NULL,
  set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  cleared_by  VARCHAR(255),
  cleared_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ck_health_override_kind CHECK (target_kind IN ('PROJECT', 'PROGRAM', 'PORTFOLIO')),
  CONSTRAINT ck_health_override_rag CHECK (rag IN ('GREEN', 'AMBER', 'RED'))
);
CREATE INDEX ix_health_override_target ON health_override (target_kind, target_key, id);

-- Issue writes (issue id and its project at the time) the rollup index applies after commit.
CREATE TABLE rollup_index_journal (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  issue_id   BIGINT NOT NULL,
  project_id BIGINT
);
