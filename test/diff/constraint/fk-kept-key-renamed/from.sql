CREATE TABLE a (id integer CONSTRAINT a_pk PRIMARY KEY);
CREATE TABLE a_ref (a_id integer REFERENCES a);
CREATE TABLE b (id integer NOT NULL, CONSTRAINT b_id_key UNIQUE (id));
CREATE TABLE b_ref (b_id integer REFERENCES b (id));
