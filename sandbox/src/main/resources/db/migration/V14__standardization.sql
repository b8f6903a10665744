-- Lodestar sandbox schema: standardization (issue 9). The host configuration Jira has and the
-- feature reads (workflows, workflow schemes, issue type schemes, screens, field configurations,
-- project roles, components, versions, each project's schemes), and Lodestar's own templates,
-- assignments, scans and results (the plugin keeps these in Active Objects).

-- Workflows: statuses (category new / indeterminate / done, one initial) and transitions.
CREATE TABLE workflow (
  id   VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255) NOT NULL
);

CREATE TABLE workflow_status (
  workflow_id VARCHAR(64) NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,
  position    INT NOT NULL,
  name        VARCHAR(255) NOT NULL,
  category    VARCHAR(20) NOT NULL,
  initial     BOOLEAN DEFAULT FALSE NOT NULL,
  PRIMARY KEY (workflow_id, position),
  CONSTRAINT ck_workflow_status_category CHECK (category IN ('new', 'indeterminate', 'done'))
);

-- checks: the transition's conditions and validators as canonical texts, one a line.
CREATE TABLE workflow_transition (
  workflow_id     VARCHAR(64) NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,
  position        INT NOT NULL,
  name            VARCHAR(255) NOT NULL,
  from_status     VARCHAR(255) NOT NULL,
  to_status       VARCHAR(255) NOT NULL,
  sets_resolution BOOLEAN DEFAULT FALSE NOT NULL,
  checks          VARCHAR(4000) DEFAULT '' NOT NULL,
  PRIMARY KEY (workflow_id, position)
);

-- Workflow schemes: issue type name -> workflow, and the default workflow of the others.
CREATE TABLE workflow_scheme (
  id                  VARCHAR(64) PRIMARY KEY,
  name                VARCHAR(255) NOT NULL,
  default_workflow_id VARCHAR(64) REFERENCES workflow (id)
);

CREATE TABLE workflow_scheme_entry (
  scheme_id   VARCHAR(64) NOT NULL REFERENCES workflow_scheme (id) ON DELETE CASCADE,
  issue_type  VARCHAR(255) NOT NULL,
  workflow_id VARCHAR(64) NOT NULL REFERENCES workflow (id),
  PRIMARY KEY (scheme_id, issue_type)
);

CREATE TABLE issue_type_scheme (
  id   VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255) NOT NULL
);

CREATE TABLE issue_type_scheme_entry (
  scheme_id     VARCHAR(64) NOT NULL REFERENCES issue_type_scheme (id) ON DELETE CASCADE,
  position      INT NOT NULL,
  issue_type_id VARCHAR(64) NOT NULL REFERENCES issue_type (id),
  PRIMARY KEY (scheme_id, position)
);

-- Issue type screen schemes, reduced to the fields of the create and the edit screen.
CREATE TABLE screen_scheme (
  id   VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255) NOT NULL
);

CREATE TABLE screen_scheme_field (
  scheme_id VARCHAR(64) NOT NULL REFERENCES screen_scheme (id) ON DELETE CASCADE,
  screen    VARCHAR(10) NOT NULL,
  position  INT NOT NULL,
  field_id  VARCHAR(255) NOT NULL,
  PRIMARY KEY (scheme_id, screen, position),
  CONSTRAINT ck_screen_scheme_screen CHECK (screen IN ('CREATE', 'EDIT'))
);

-- Field configurations, reduced to the fields they make required.
CREATE TABLE field_configuration (
  id   VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255) NOT NULL
);

CREATE TABLE field_configuration_required (
  configuration_id VARCHAR(64) NOT NULL REFERENCES field_configuration (id) ON DELETE CASCADE,
  field_id         VARCHAR(255) NOT NULL,
  PRIMARY KEY (configuration_id, field_id)
);

-- Project roles and their members (users; Jira also allows groups, resolved to users here).
CREATE TABLE project_role (
  name VARCHAR(255) PRIMARY KEY
);

CREATE TABLE project_role_member (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  role_name  VARCHAR(255) NOT NULL REFERENCES project_role (name) ON DELETE CASCADE,
  user_key   VARCHAR(255) NOT NULL REFERENCES app_user (user_key) ON DELETE CASCADE,
  PRIMARY KEY (project_id, role_name, user_key)
);

-- Project categories (project.category names one of them, or none).
CREATE TABLE project_category (
  name VARCHAR(255) PRIMARY KEY
);

CREATE TABLE project_component (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  name       VARCHAR(255) NOT NULL,
  lead_key   VARCHAR(255),
  PRIMARY KEY (project_id, name)
);

CREATE TABLE project_version (
  project_id   BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  name         VARCHAR(255) NOT NULL,
  released     BOOLEAN DEFAULT FALSE NOT NULL,
  archived     BOOLEAN DEFAULT FALSE NOT NULL,
  release_date DATE,
  PRIMARY KEY (project_id, name)
);

-- The schemes each project uses; no row: the project has none known.
CREATE TABLE project_schemes (
  project_id             BIGINT PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  workflow_scheme_id     VARCHAR(64) REFERENCES workflow_scheme (id),
  issue_type_scheme_id   VARCHAR(64) REFERENCES issue_type_scheme (id),
  screen_scheme_id       VARCHAR(64) REFERENCES screen_scheme (id),
  field_configuration_id VARCHAR(64) REFERENCES field_configuration (id),
  permission_scheme_id   VARCHAR(64),
  notification_scheme_id VARCHAR(64)
);

-- Lodestar: templates, one row per version; content is TemplateContentCodec's tree as JSON.
CREATE TABLE std_template_version (
  template_id VARCHAR(64) NOT NULL,
  number      INT NOT NULL,
  name        VARCHAR(255) NOT NULL,
  content     CLOB NOT NULL,
  author_key  VARCHAR(255) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (template_id, number)
);

CREATE TABLE std_assignment (
  project_key VARCHAR(255) PRIMARY KEY,
  template_id VARCHAR(64) NOT NULL,
  version     INT NOT NULL
);

-- A scan: its plan (projects as key|template|version lines), cursor and state.
CREATE TABLE std_scan (
  scan_id          VARCHAR(64) PRIMARY KEY,
  started_by       VARCHAR(255) NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  projects         CLOB NOT NULL,
  done             INT NOT NULL,
  skipped          INT NOT NULL,
  state            VARCHAR(20) NOT NULL,
  cancel_requested BOOLEAN DEFAULT FALSE NOT NULL,
  CONSTRAINT ck_std_scan_state CHECK (state IN ('RUNNING', 'CANCELLED', 'COMPLETED'))
);
CREATE INDEX ix_std_scan_started ON std_scan (started_at);

-- One result per (scan, project); rules is the rule results as JSON.
CREATE TABLE std_result (
  scan_id          VARCHAR(64) NOT NULL REFERENCES std_scan (scan_id) ON DELETE CASCADE,
  project_key      VARCHAR(255) NOT NULL,
  template_id      VARCHAR(64) NOT NULL,
  template_version INT NOT NULL,
  evaluated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  complies         BOOLEAN NOT NULL,
  rules            CLOB NOT NULL,
  PRIMARY KEY (scan_id, project_key)
);
CREATE INDEX ix_std_result_project ON std_result (project_key, evaluated_at);
