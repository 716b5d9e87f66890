CREATE TABLE t (id int PRIMARY KEY, v int);
-- pgshift:renamed-from positive
CREATE VIEW positives AS SELECT id, v FROM t WHERE v > 0;
-- pgshift:renamed-from stats
CREATE MATERIALIZED VIEW t_stats AS SELECT count(*) AS n FROM t;
