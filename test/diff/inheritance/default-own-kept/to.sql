CREATE TABLE m (id integer NOT NULL, qty integer DEFAULT 2);
CREATE TABLE m_c1 (id integer NOT NULL, qty integer DEFAULT 7) INHERITS (m);
CREATE TABLE m_c2 (qty integer) INHERITS (m);
CREATE TABLE m_c3 () INHERITS (m);
