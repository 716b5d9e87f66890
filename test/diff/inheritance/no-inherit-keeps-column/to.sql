CREATE TABLE base (id integer);
CREATE TABLE child (id integer, e integer, x integer, CONSTRAINT base_e_check CHECK (e > 0));
