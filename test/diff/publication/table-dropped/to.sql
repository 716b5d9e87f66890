CREATE TABLE keep (id int PRIMARY KEY);
-- pgshift:renamed-from renamed_later
CREATE TABLE renamed_now (id int PRIMARY KEY);
-- drop_me and schema old are dropped: PostgreSQL takes them out of the publications; the renamed table stays in
CREATE PUBLICATION p FOR TABLE keep, renamed_now;
CREATE PUBLICATION p_old FOR TABLE keep;
