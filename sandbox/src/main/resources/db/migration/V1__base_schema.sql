-- Lodestar sandbox schema, version 1. Never edit a released migration: add V<n+1> instead
-- (Migrations refuses to start when an applied script's checksum changed).

-- People and groups ------------------------------------------------------------------------------
CREATE TABLE app_user (
  user_key      VARCHAR(255) PRIMARY KEY,
  username      VARCHAR(255) NOT NULL,
  display_name  VARCHAR(255) NOT NULL,
  email         VARCHAR(255),
  password_hash VARCHAR(512),
  host_admin    BOOLEAN DEFAULT FALSE NOT NULL,
  CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE user_group (
  group_name VARCHAR(255) PRIMARY KEY
);

CREATE TABLE group_membership (
  group_name VARCHAR(255) NOT NULL REFERENCES user_group (group_name) ON DELETE CASCADE,
  user_key   VARCHAR(255) NOT NULL REFERENCES app_user (user_key) ON DELETE CASCADE,
  PRIMARY KEY (group_name, user_key)
);
CREATE INDEX ix_group_membership_user ON group_membership (user_key);

-- Projects and who may do what -------------------------------------------------------------------
CREATE TABLE project (
  id          BIGINT PRIMARY KEY,
  project_key VARCHAR(255) NOT NULL,
  name        VARCHAR(255) NOT NULL,
  category    VARCHAR(255),
  portfolio   VARCHAR(255),
  program     VARCHAR(255),
  lead_key    VARCHAR(255),
  CONSTRAINT uq_project_key UNIQUE (project_key)
);

-- holder_type USER: holder is a user key; GROUP: a group name; ANYONE: holder is null (also
-- anonymous visitors).
CREATE TABLE project_permission (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  project_id  BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  permission  VARCHAR(20) NOT NULL,
  holder_type VARCHAR(10) NOT NULL,
  holder      VARCHAR(255),
  CONSTRAINT ck_permission CHECK (permission IN ('BROWSE', 'ADMINISTER')),
  CONSTRAINT ck_holder_type CHECK (holder_type IN ('USER', 'GROUP', 'ANYONE'))
);
CREATE INDEX ix_project_permission ON project_permission (project_id, permission);

-- Issues -----------------------------------------------------------------------------------------
CREATE TABLE issue_type (
  id      VARCHAR(64) PRIMARY KEY,
  name    VARCHAR(255) NOT NULL,
  subtask BOOLEAN DEFAULT FALSE NOT NULL
);

-- Times in seconds; dates are local dates of the instance; instants are UTC.
CREATE TABLE issue (
  id                         BIGINT PRIMARY KEY,
  issue_key                  VARCHAR(255) NOT NULL,
  issue_number               BIGINT NOT NULL,
  project_id                 BIGINT NOT NULL REFERENCES project (id),
  issue_type_id              VARCHAR(64) NOT NULL REFERENCES issue_type (id),
  status_name                VARCHAR(255) NOT NULL,
  status_category            VARCHAR(20) NOT NULL,
  summary                    VARCHAR(4000) NOT NULL,
  description                CLOB,
  priority                   VARCHAR(255),
  resolution                 VARCHAR(255),
  assignee_key               VARCHAR(255),
  reporter_key               VARCHAR(255),
  story_points               DECIMAL(12, 2),
  original_estimate_seconds  BIGINT,
  remaining_estimate_seconds BIGINT,
  time_spent_seconds         BIGINT,
  start_date                 DATE,
  due_date                   DATE,
  created                    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated                    TIMESTAMP WITH TIME ZONE NOT NULL,
  resolution_date            TIMESTAMP WITH TIME ZONE,
  parent_key                 VARCHAR(255),
  epic_key                   VARCHAR(255),
  sprint                     VARCHAR(1000),
  CONSTRAINT uq_issue_key UNIQUE (issue_key),
  CONSTRAINT ck_status_category CHECK (status_category IN ('new', 'indeterminate', 'done'))
);
CREATE INDEX ix_issue_project_type ON issue (project_id, issue_type_id, issue_number);
CREATE INDEX ix_issue_project_number ON issue (project_id, issue_number);
CREATE INDEX ix_issue_parent ON issue (parent_key);
CREATE INDEX ix_issue_epic ON issue (epic_key);

-- field_type: OPTION, NUMBER, DATE, USER or TEXT (the shape of RawValue the engine reads).
CREATE TABLE custom_field (
  id         VARCHAR(255) PRIMARY KEY,
  name       VARCHAR(255) NOT NULL,
  field_type VARCHAR(10) NOT NULL,
  CONSTRAINT ck_field_type CHECK (field_type IN ('OPTION', 'NUMBER', 'DATE', 'USER', 'TEXT'))
);
CREATE INDEX ix_custom_field_name ON custom_field (name);

-- Select-list options in their configured order (position 1 first).
CREATE TABLE custom_field_option (
  field_id VARCHAR(255) NOT NULL REFERENCES custom_field (id) ON DELETE CASCADE,
  position INT NOT NULL,
  label    VARCHAR(1000) NOT NULL,
  PRIMARY KEY (field_id, position)
);

-- One value per issue and field; exactly the column of the field's type is set (OPTION: position
-- and text_value = label; USER: text_value = user key).
CREATE TABLE issue_field_value (
  issue_id        BIGINT NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
  field_id        VARCHAR(255) NOT NULL REFERENCES custom_field (id),
  text_value      VARCHAR(4000),
  number_value    DECIMAL(30, 10),
  date_value      DATE,
  option_position INT,
  PRIMARY KEY (issue_id, field_id)
);
CREATE INDEX ix_issue_field_value_field ON issue_field_value (field_id);

-- Links by issue key, so that a link may name an issue imported later (a later export page).
CREATE TABLE issue_link (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  link_type       VARCHAR(255) NOT NULL,
  source_key      VARCHAR(255) NOT NULL,
  destination_key VARCHAR(255) NOT NULL,
  CONSTRAINT uq_issue_link UNIQUE (link_type, source_key, destination_key)
);
CREATE INDEX ix_issue_link_destination ON issue_link (destination_key);

CREATE TABLE worklog (
  id                 BIGINT PRIMARY KEY,
  issue_id           BIGINT NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
  author_key         VARCHAR(255),
  started            TIMESTAMP WITH TIME ZONE NOT NULL,
  time_spent_seconds BIGINT NOT NULL,
  comment_text       VARCHAR(4000)
);
CREATE INDEX ix_worklog_issue ON worklog (issue_id);

CREATE TABLE issue_change (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  issue_id    BIGINT NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
  author_key  VARCHAR(255),
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  field       VARCHAR(255) NOT NULL,
  from_string VARCHAR(4000),
  to_string   VARCHAR(4000)
);
CREATE INDEX ix_issue_change_issue ON issue_change (issue_id);

-- Lodestar configuration: the same columns and text formats as the plugin's AO entities -----------
CREATE TABLE risk_model (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  name           VARCHAR(255) NOT NULL,
  kind           VARCHAR(20) NOT NULL,
  format_version INT NOT NULL,
  definition     CLOB NOT NULL,
  version        BIGINT NOT NULL
);

-- scope: a project key, or '*' for the portfolio-wide default.
CREATE TABLE risk_settings (
  scope          VARCHAR(255) PRIMARY KEY,
  model_id       BIGINT NOT NULL,
  appetite_band  VARCHAR(64),
  format_version INT NOT NULL,
  mapping        CLOB NOT NULL,
  version        BIGINT NOT NULL
);
CREATE INDEX ix_risk_settings_model ON risk_settings (model_id);

CREATE TABLE risk_review_flag (
  issue_key   VARCHAR(255) PRIMARY KEY,
  project_key VARCHAR(255) NOT NULL,
  review_date DATE NOT NULL,
  flagged_on  DATE NOT NULL,
  reminded_on DATE
);
CREATE INDEX ix_risk_review_flag_project ON risk_review_flag (project_key);

CREATE TABLE audit_log (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  actor_key   VARCHAR(255) NOT NULL,
  action      VARCHAR(255) NOT NULL,
  target_type VARCHAR(255) NOT NULL,
  target_id   VARCHAR(255) NOT NULL,
  before_text CLOB,
  after_text  CLOB,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_audit_log_target ON audit_log (target_type, target_id);

CREATE TABLE app_setting (
  setting_key   VARCHAR(255) PRIMARY KEY,
  setting_value VARCHAR(4000),
  version       BIGINT NOT NULL
);

-- Mail the app queued; the sandbox shows it on an outbox page instead of sending it.
CREATE TABLE mail_outbox (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient_key   VARCHAR(255) NOT NULL,
  recipient_email VARCHAR(255) NOT NULL,
  subject         VARCHAR(1000) NOT NULL,
  html_body       CLOB NOT NULL,
  queued_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
