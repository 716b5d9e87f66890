CREATE SCHEMA old;
CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE drop_me (id int PRIMARY KEY, v int);
CREATE TABLE renamed_later (id int PRIMARY KEY);
CREATE TABLE old.z (id int);
CREATE PUBLICATION p FOR TABLE keep, drop_me (id, v) WHERE (v IS NOT NULL), renamed_later;
CREATE PUBLICATION p_old FOR TABLES IN SCHEMA old, TABLE keep;
