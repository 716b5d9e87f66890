-- keys replaced under their own names: the new index is built under a free name while the old key
-- still enforces uniqueness, then the old key is dropped in the transaction that adopts the new index
CREATE TABLE users (id int NOT NULL, c int, CONSTRAINT users_pkey PRIMARY KEY (id));
CREATE TABLE orgs (a int, b int, CONSTRAINT orgs_a_key UNIQUE (a));
-- the temporary name is taken: the next free one is used
CREATE TABLE t (id int NOT NULL, k int NOT NULL);
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE INDEX t_pkey_new ON t (k);
-- a foreign key references the replaced key
CREATE TABLE refs (user_id int REFERENCES users (id));
-- an index of the same table dropped in the migration too: the key is swapped all the same
CREATE TABLE u2 (a int, b int, CONSTRAINT u2_a_key UNIQUE (a));
CREATE INDEX u2_b_idx ON u2 (b);
