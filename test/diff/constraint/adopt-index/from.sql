-- an index already has the name the new constraint takes
CREATE TABLE a (id int NOT NULL, v int);
CREATE UNIQUE INDEX a_pkey ON a (id);
-- a non-unique index under the constraint's name
CREATE TABLE b (id int NOT NULL, v int);
CREATE INDEX b_pkey ON b (id);
-- an equal unique index under another name stays beside the new key
CREATE TABLE c (id int NOT NULL, v int);
CREATE UNIQUE INDEX c_id ON c (id);
-- a unique index becomes a UNIQUE constraint of the same name
CREATE TABLE d (id int, v int);
CREATE UNIQUE INDEX d_v_key ON d (v);
