-- the same on PostgreSQL 18 (ATTACH adopts only keys of the same kind there): a partition created with PARTITION OF gets its copies of the parent's keys and indexes before its own:
-- an own key or index equal to one of the parent's is a second one, created after the ATTACH (which
-- would adopt it instead of the copy: PostgreSQL 15 takes any key for a parent's key, 17+ one of the same kind)
CREATE TABLE kept (a int, b int);
-- own PRIMARY KEY under the parent's UNIQUE (pg-schema-diff's local keys)
CREATE SCHEMA s;
CREATE TABLE s.foobar (foo varchar(255) NOT NULL, bar timestamptz NOT NULL, fizz timestamptz, UNIQUE (foo, bar)) PARTITION BY LIST (foo);
CREATE TABLE s.foobar_1 PARTITION OF s.foobar (fizz NOT NULL, PRIMARY KEY (foo, bar)) FOR VALUES IN ('a', 'b');
CREATE INDEX foobar_1_local_idx ON s.foobar_1 (foo, bar);
CREATE INDEX foobar_normal_idx ON s.foobar (foo, bar);
-- own UNIQUE equal to the parent's (named after the copy: u_1_a_b_key1), and own UNIQUE under the parent's PRIMARY KEY
CREATE TABLE u (a int NOT NULL, b int NOT NULL, UNIQUE (a, b)) PARTITION BY LIST (a);
CREATE TABLE u_1 PARTITION OF u (UNIQUE (a, b)) FOR VALUES IN (1);
CREATE TABLE pk (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b)) PARTITION BY LIST (a);
CREATE TABLE pk_1 PARTITION OF pk (UNIQUE (a, b)) FOR VALUES IN (1);
-- own PRIMARY KEY under the parent's plain unique index, own index equal to the parent's plain index
CREATE TABLE ui (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
CREATE UNIQUE INDEX ui_a_b ON ui (a, b);
CREATE INDEX ui_b ON ui (b);
CREATE TABLE ui_1 PARTITION OF ui (PRIMARY KEY (a, b)) FOR VALUES IN (1);
CREATE INDEX ui_1_own_b ON ui_1 (b);
-- a table referencing the partition's own primary key
CREATE TABLE ref (a int, b int, FOREIGN KEY (a, b) REFERENCES ui_1 (a, b));
