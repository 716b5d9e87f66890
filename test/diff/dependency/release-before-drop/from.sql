CREATE TABLE users (id int PRIMARY KEY, name text, legacy_flag boolean);
CREATE TABLE old_prefs (user_id int, pref text);
CREATE VIEW visible_users AS SELECT id, name FROM users WHERE NOT legacy_flag AND id IN (SELECT user_id FROM old_prefs);
