-- Lodestar sandbox schema, version 4: every import belongs to a source (the Jira instance it came
-- from: the base URL of the files' self links, or a --source name), and the source's own ids of
-- projects, issues, users, issue types and custom fields are mapped to ids of the sandbox's own.
-- Rows of the demo (and rows written before this version) belong to no source, so no import ever
-- overwrites them, and two instances that reuse an id get two sandbox rows.

CREATE TABLE import_source (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(1000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_import_source_name UNIQUE (name)
);

-- kind: PROJECT (project id), PROJECT_KEY (project key, local_id = the sandbox's key), ISSUE,
-- USER (user key or account id), USER_NAME (lower-case login or display name), ISSUE_TYPE (id),
-- ISSUE_TYPE_NAME (lower-case name), FIELD (custom field id), FIELD_NAME (lower-case name).
CREATE TABLE import_id_map (
  source_id   BIGINT NOT NULL REFERENCES import_source (id) ON DELETE CASCADE,
  kind        VARCHAR(20) NOT NULL,
  external_id VARCHAR(1000) NOT NULL,
  local_id    VARCHAR(255) NOT NULL,
  PRIMARY KEY (source_id, kind, external_id)
);
CREATE INDEX ix_import_id_map_local ON import_id_map (kind, local_id);

-- The sandbox's ids of imported projects, issues and worklogs: far above any demo id (the demo
-- numbers from 10,000 and stays below 10^9 even at a million issues).
CREATE SEQUENCE import_local_id START WITH 1000000000000;

-- Which source created a custom field (null: the demo's), its id there, and whether its options'
-- positions are the instance's configured order (from a field-options file) or only the order in
-- which the import met them (then the risk mapping must name each option's level).
ALTER TABLE custom_field ADD COLUMN source_id BIGINT;
ALTER TABLE custom_field ADD COLUMN external_id VARCHAR(255);
ALTER TABLE custom_field ADD COLUMN options_ordered BOOLEAN DEFAULT TRUE NOT NULL;

ALTER TABLE import_log ADD COLUMN source_id BIGINT;

-- Facts about the data directory itself, e.g. whether the demo was generated or declined.
CREATE TABLE sandbox_state (
  state_key   VARCHAR(255) PRIMARY KEY,
  state_value VARCHAR(1000) NOT NULL
);
