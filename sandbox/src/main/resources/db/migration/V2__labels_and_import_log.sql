-- Lodestar sandbox schema, version 2: issue labels, and a log of imported files.

ALTER TABLE issue ADD COLUMN labels VARCHAR(2000);

CREATE TABLE import_log (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  file_name    VARCHAR(1000) NOT NULL,
  file_sha256  VARCHAR(64) NOT NULL,
  file_format  VARCHAR(20) NOT NULL,
  issue_count  INT NOT NULL,
  imported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
