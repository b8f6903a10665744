-- Training and development (issue 10): the skills catalog, people's skills and certificates,
-- certification types, requirements on work, courses, sessions and enrolments, and the expiry
-- reminders already sent. Person keys are user keys; a user's rows are erased on request
-- (SqlTrainingStore.erase), so no other table refers to them.

CREATE TABLE training_skill (
  id        VARCHAR(64) PRIMARY KEY,
  name      VARCHAR(255) NOT NULL,
  parent_id VARCHAR(64) REFERENCES training_skill (id),
  level1    VARCHAR(1000) NOT NULL,
  level2    VARCHAR(1000) NOT NULL,
  level3    VARCHAR(1000) NOT NULL,
  level4    VARCHAR(1000) NOT NULL,
  level5    VARCHAR(1000) NOT NULL,
  version   BIGINT NOT NULL
);

-- validity: an ISO-8601 period (P3Y); null: never expires.
CREATE TABLE training_cert_type (
  id       VARCHAR(64) PRIMARY KEY,
  name     VARCHAR(255) NOT NULL,
  issuer   VARCHAR(255) NOT NULL,
  validity VARCHAR(32),
  version  BIGINT NOT NULL
);

-- Who manages a person and which team they are in, for the training pages (personal data is
-- visible to the person's manager) and the competency matrix.
CREATE TABLE training_person (
  person_key  VARCHAR(255) PRIMARY KEY,
  manager_key VARCHAR(255),
  team        VARCHAR(255)
);
CREATE INDEX ix_training_person_team ON training_person (team, person_key);
CREATE INDEX ix_training_person_manager ON training_person (manager_key);

CREATE TABLE training_person_skill (
  person_key VARCHAR(255) NOT NULL,
  skill_id   VARCHAR(64) NOT NULL REFERENCES training_skill (id),
  level      INT NOT NULL,
  source     VARCHAR(20) NOT NULL,
  since      DATE NOT NULL,
  PRIMARY KEY (person_key, skill_id, since),
  CONSTRAINT ck_training_skill_level CHECK (level BETWEEN 1 AND 5),
  CONSTRAINT ck_training_skill_source CHECK (source IN ('SELF_ASSESSED', 'MANAGER_VERIFIED', 'CERTIFIED'))
);

CREATE TABLE training_person_cert (
  id          VARCHAR(128) PRIMARY KEY,
  person_key  VARCHAR(255) NOT NULL,
  type_id     VARCHAR(64) NOT NULL REFERENCES training_cert_type (id),
  issued_on   DATE NOT NULL,
  valid_until DATE,
  evidence    VARCHAR(2000),
  version     BIGINT NOT NULL
);
CREATE INDEX ix_training_person_cert_person ON training_person_cert (person_key);
CREATE INDEX ix_training_person_cert_until ON training_person_cert (valid_until);

-- scope: PROJECT (scope_key a project key), ISSUE_TYPE (an issue type id) or COMPONENT (a name);
-- exactly one of skill_id (with min_level) and cert_type_id is set.
CREATE TABLE training_requirement (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  scope        VARCHAR(20) NOT NULL,
  scope_key    VARCHAR(255) NOT NULL,
  skill_id     VARCHAR(64) REFERENCES training_skill (id),
  min_level    INT,
  cert_type_id VARCHAR(64) REFERENCES training_cert_type (id),
  CONSTRAINT ck_training_req_scope CHECK (scope IN ('PROJECT', 'ISSUE_TYPE', 'COMPONENT')),
  CONSTRAINT ck_training_req_need CHECK ((skill_id IS NULL) <> (cert_type_id IS NULL))
);

CREATE TABLE training_course (
  id               VARCHAR(64) PRIMARY KEY,
  name             VARCHAR(255) NOT NULL,
  internal         BOOLEAN NOT NULL,
  duration_seconds BIGINT NOT NULL,
  version          BIGINT NOT NULL
);

-- What passing a course grants: a skill at a level, or a certificate of a type.
CREATE TABLE training_course_grant (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  course_id    VARCHAR(64) NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
  skill_id     VARCHAR(64) REFERENCES training_skill (id),
  level        INT,
  cert_type_id VARCHAR(64) REFERENCES training_cert_type (id)
);

CREATE TABLE training_session (
  id              VARCHAR(64) PRIMARY KEY,
  course_id       VARCHAR(64) NOT NULL REFERENCES training_course (id),
  first_day       DATE NOT NULL,
  last_day        DATE NOT NULL,
  seconds_per_day INT
);

CREATE TABLE training_enrolment (
  id         VARCHAR(64) PRIMARY KEY,
  person_key VARCHAR(255) NOT NULL,
  session_id VARCHAR(64) NOT NULL REFERENCES training_session (id),
  status     VARCHAR(20) NOT NULL,
  version    BIGINT NOT NULL,
  CONSTRAINT ck_training_enrolment_status CHECK (status IN ('PLANNED', 'ATTENDED', 'PASSED', 'WITHDRAWN'))
);
CREATE INDEX ix_training_enrolment_person ON training_enrolment (person_key);

-- Expiry reminders sent, once per (certificate, threshold in days).
CREATE TABLE training_reminder_sent (
  cert_id        VARCHAR(128) NOT NULL,
  threshold_days INT NOT NULL,
  sent_on        DATE NOT NULL,
  PRIMARY KEY (cert_id, threshold_days)
);
