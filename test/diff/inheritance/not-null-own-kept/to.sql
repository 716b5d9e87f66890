CREATE TABLE m (id integer NOT NULL, qty integer);
CREATE TABLE m_c1 (qty integer NOT NULL) INHERITS (m);
CREATE TABLE m_c2 () INHERITS (m);
