-- Lodestar sandbox schema, version 8: the sandbox's stand-in of Jira dashboards (issue 8): a
-- dashboard with its owner, its item slots, and the per-item configuration of the app's
-- "Lodestar portfolio health" item (SqlDashboardItems).

-- A dashboard; owner_key is the only user who may configure its items.
CREATE TABLE dashboard (
  id        BIGINT PRIMARY KEY,
  title     VARCHAR(255) NOT NULL,
  owner_key VARCHAR(255) NOT NULL
);

-- An item slot of a dashboard, in position order; item_type names the app's item.
CREATE TABLE dashboard_item (
  id           BIGINT PRIMARY KEY,
  dashboard_id BIGINT NOT NULL REFERENCES dashboard (id) ON DELETE CASCADE,
  position     INT NOT NULL,
  item_type    VARCHAR(100) NOT NULL,
  CONSTRAINT uq_dashboard_item_position UNIQUE (dashboard_id, position)
);

-- An item's configuration; no row while the item was never configured (version 0). columns is
-- the comma-separated list of the item's column names.
CREATE TABLE dashboard_item_config (
  item_id       BIGINT PRIMARY KEY REFERENCES dashboard_item (id) ON DELETE CASCADE,
  portfolio_key VARCHAR(20) NOT NULL,
  columns_shown VARCHAR(200) NOT NULL,
  sort_by       VARCHAR(20) NOT NULL,
  max_rows      INT NOT NULL,
  version       BIGINT NOT NULL,
  CONSTRAINT ck_dashboard_item_rows CHECK (max_rows BETWEEN 1 AND 20)
);

-- The system dashboard of the sandbox (Jira's id 10000), owned by the demo's Jira administrator,
-- with two slots of the portfolio health item, not configured yet.
INSERT INTO dashboard (id, title, owner_key) VALUES (10000, 'System dashboard', 'admin');
INSERT INTO dashboard_item (id, dashboard_id, position, item_type)
  VALUES (10100, 10000, 1, 'lodestar-portfolio-health');
INSERT INTO dashboard_item (id, dashboard_id, position, item_type)
  VALUES (10101, 10000, 2, 'lodestar-portfolio-health');
