-- INHERITS: the parent drops NOT NULL, child m_c1 declares its own. Before PostgreSQL 18 the parent's DROP NOT NULL takes the child's too, so it is set again (a no-op on 18).
CREATE TABLE m (id integer NOT NULL, qty integer NOT NULL);
CREATE TABLE m_c1 (qty integer NOT NULL) INHERITS (m);
CREATE TABLE m_c2 () INHERITS (m);
