-- Lodestar sandbox schema, version 7: the portfolio layer's snapshots (engine MetricSnapshot), at
-- most one per (node kind, node key, date) (SqlSnapshotStore). Amounts and health are kept in the
-- engine's SnapshotText forms, the same as Jira's PORTFOLIO_SNAPSHOT table, so that snapshots can
-- move between the hosts; an n/a figure is NULL, never 0.
CREATE TABLE portfolio_snapshot (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  node_kind         VARCHAR(10) NOT NULL,
  node_key          VARCHAR(64) NOT NULL,
  snapshot_date     DATE NOT NULL,
  currency          VARCHAR(3) NOT NULL,
  bac               VARCHAR(40),
  pv                VARCHAR(40),
  ev                VARCHAR(40),
  ac                VARCHAR(40),
  todo_count        BIGINT NOT NULL,
  in_progress_count BIGINT NOT NULL,
  done_count        BIGINT NOT NULL,
  points_total      VARCHAR(40) NOT NULL,
  points_done       VARCHAR(40) NOT NULL,
  percent_complete  VARCHAR(40),
  rag               VARCHAR(200),
  overall           VARCHAR(1),
  exposure_p80      VARCHAR(40),
  CONSTRAINT uq_portfolio_snapshot UNIQUE (node_kind, node_key, snapshot_date),
  CONSTRAINT ck_portfolio_snapshot_kind CHECK (node_kind IN ('PROJECT', 'PROGRAM', 'PORTFOLIO'))
);
