-- Lodestar sandbox schema, version 3: links are read from their source too (a risk's mitigations);
-- without this index H2 plans that read through every issue (seconds at 1,000,000 issues).

CREATE INDEX ix_issue_link_source ON issue_link (source_key);
