-- Login names are matched case-insensitively (sign-in, the user picker's exact match, the risk
-- form's owner, the importer's name check). H2 cannot index an expression, so a generated column
-- holds the lower-cased name and an index serves those look-ups instead of a scan of app_user.
ALTER TABLE app_user ADD COLUMN username_lower VARCHAR(255) GENERATED ALWAYS AS (LOWER(username));
CREATE INDEX ix_app_user_username_lower ON app_user (username_lower);
