CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE t1 (id int PRIMARY KEY, v int, w text);
CREATE TABLE t2 (id int PRIMARY KEY);
CREATE TABLE t3 (id int PRIMARY KEY);
CREATE TABLE t4 (id int PRIMARY KEY, n int);
CREATE TABLE a.x (id int);
CREATE TABLE b.y (id int);
-- t1's filter changes, t2 leaves, t3 loses the column its list named, t4 (new) joins; options change
CREATE PUBLICATION p FOR TABLE t1 (id, v) WHERE (v > 2), t3, t4 WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);
CREATE PUBLICATION q FOR TABLES IN SCHEMA b;
COMMENT ON PUBLICATION q IS 'new';
