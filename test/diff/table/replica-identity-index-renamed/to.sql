CREATE TABLE a (id int PRIMARY KEY, x int NOT NULL);
-- pgshift:renamed-from a_x
CREATE UNIQUE INDEX a_x_key ON a (x);
ALTER TABLE a REPLICA IDENTITY USING INDEX a_x_key;
