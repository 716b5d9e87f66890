CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a ON t (a);
ALTER TABLE t CLUSTER ON t_a;

CREATE TABLE u (id integer PRIMARY KEY);
ALTER TABLE u CLUSTER ON u_pkey;

CREATE TABLE w (id integer, b integer);
CREATE INDEX w_b ON w (b);
CLUSTER w USING w_b;

CREATE TABLE d (id integer);
CREATE INDEX d_id ON d (id);
ALTER TABLE d CLUSTER ON d_id;

CREATE TABLE p (id integer, v text) PARTITION BY RANGE (id);
CREATE INDEX p_id ON p (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
