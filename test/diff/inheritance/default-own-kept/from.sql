-- INHERITS children: m_c1 and m_c2 declare the column, m_c1 with a default of its own; the parent's SET DEFAULT takes ONLY and the copies are set one by one.
CREATE TABLE m (id integer NOT NULL, qty integer DEFAULT 1);
CREATE TABLE m_c1 (id integer NOT NULL, qty integer DEFAULT 7) INHERITS (m);
CREATE TABLE m_c2 (qty integer) INHERITS (m);
CREATE TABLE m_c3 () INHERITS (m);
