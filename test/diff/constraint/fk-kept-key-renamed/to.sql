-- a primary key under a new name is renamed (its index follows; the foreign key is untouched); a UNIQUE
-- constraint under a new name is dropped and added again, so its foreign key is too
CREATE TABLE a (id integer CONSTRAINT a_pkey PRIMARY KEY);
CREATE TABLE a_ref (a_id integer REFERENCES a);
CREATE TABLE b (id integer NOT NULL, CONSTRAINT b_id_uq UNIQUE (id));
CREATE TABLE b_ref (b_id integer REFERENCES b (id));
