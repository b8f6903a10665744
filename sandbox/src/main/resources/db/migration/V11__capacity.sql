-- Lodestar sandbox schema: resource capacity (issue 10). Who is planned and how (working hours per
-- weekday, location, join and leave dates), availability with effective dates, absences, holiday
-- calendars per location, teams with members and membership %, and explicit allocations
-- (SqlCapacityStore). Times in seconds; dates are local dates of the instance.

CREATE TABLE cap_location (
  location_key VARCHAR(64) PRIMARY KEY,
  name         VARCHAR(255) NOT NULL
);

CREATE TABLE cap_holiday (
  location_key VARCHAR(64) NOT NULL REFERENCES cap_location (location_key) ON DELETE CASCADE,
  holiday      DATE NOT NULL,
  name         VARCHAR(255) NOT NULL,
  PRIMARY KEY (location_key, holiday)
);

-- seconds_mon .. seconds_sun: the working-hours plan; location_key null: no holidays.
CREATE TABLE cap_person (
  person_key   VARCHAR(255) PRIMARY KEY,
  location_key VARCHAR(64) REFERENCES cap_location (location_key),
  seconds_mon  INT NOT NULL,
  seconds_tue  INT NOT NULL,
  seconds_wed  INT NOT NULL,
  seconds_thu  INT NOT NULL,
  seconds_fri  INT NOT NULL,
  seconds_sat  INT NOT NULL,
  seconds_sun  INT NOT NULL,
  joined_on    DATE,
  left_on      DATE,
  role_name    VARCHAR(255) DEFAULT '' NOT NULL,
  placeholder  BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE cap_availability (
  person_key     VARCHAR(255) NOT NULL REFERENCES cap_person (person_key) ON DELETE CASCADE,
  effective_from DATE NOT NULL,
  percent        INT NOT NULL,
  PRIMARY KEY (person_key, effective_from),
  CONSTRAINT ck_cap_availability CHECK (percent BETWEEN 0 AND 100)
);

-- kind: VACATION, SICK, TRAINING (engine AbsenceKind); seconds_per_day null: whole days.
CREATE TABLE cap_absence (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  person_key      VARCHAR(255) NOT NULL REFERENCES cap_person (person_key) ON DELETE CASCADE,
  first_day       DATE NOT NULL,
  last_day        DATE NOT NULL,
  kind            VARCHAR(20) NOT NULL,
  seconds_per_day INT,
  note            VARCHAR(1000) DEFAULT '' NOT NULL,
  version         BIGINT NOT NULL,
  CONSTRAINT ck_cap_absence_days CHECK (last_day >= first_day)
);
CREATE INDEX ix_cap_absence_person ON cap_absence (person_key, first_day);

CREATE TABLE cap_team (
  team_key VARCHAR(64) PRIMARY KEY,
  name     VARCHAR(255) NOT NULL,
  lead_key VARCHAR(255)
);

CREATE TABLE cap_team_member (
  team_key   VARCHAR(64) NOT NULL REFERENCES cap_team (team_key) ON DELETE CASCADE,
  person_key VARCHAR(255) NOT NULL REFERENCES cap_person (person_key) ON DELETE CASCADE,
  percent    INT NOT NULL,
  PRIMARY KEY (team_key, person_key),
  CONSTRAINT ck_cap_team_member CHECK (percent BETWEEN 1 AND 100)
);
CREATE INDEX ix_cap_team_member_person ON cap_team_member (person_key);

-- holder: a person key (holder_team false) or a team key; amount: percent or total seconds.
CREATE TABLE cap_allocation (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  holder_key    VARCHAR(255) NOT NULL,
  holder_team   BOOLEAN NOT NULL,
  project_key   VARCHAR(255) NOT NULL,
  issue_key     VARCHAR(255),
  first_day     DATE NOT NULL,
  last_day      DATE NOT NULL,
  percent       INT,
  total_seconds BIGINT,
  CONSTRAINT ck_cap_allocation_days CHECK (last_day >= first_day),
  CONSTRAINT ck_cap_allocation_amount CHECK ((percent IS NULL) <> (total_seconds IS NULL))
);
CREATE INDEX ix_cap_allocation_holder ON cap_allocation (holder_key, first_day);
CREATE INDEX ix_cap_allocation_project ON cap_allocation (project_key);

-- Open work by assignee, for the capacity views.
CREATE INDEX ix_issue_assignee_category ON issue (assignee_key, status_category);
