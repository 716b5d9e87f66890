-- pg_dump prints casts on varchar and domain columns ((t.l)::text), through aliases, subqueries and WITH queries, in trigger WHEN (new.l), policies and SQL-standard function bodies (a parameter as f.x): equal to the schema as written, so no change.
CREATE DOMAIN code AS varchar(10);
CREATE TABLE t (id integer PRIMARY KEY, l varchar(20), c code, n integer, s smallint);
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_upd BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.l IS DISTINCT FROM OLD.l AND NEW.c <> 'x') EXECUTE FUNCTION trg();
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (l = current_user AND c LIKE 'a%');
CREATE FUNCTION f(x varchar) RETURNS boolean LANGUAGE sql BEGIN ATOMIC SELECT EXISTS (SELECT 1 FROM t WHERE l = x AND c = 'z'); END;
CREATE MATERIALIZED VIEW mv AS SELECT l, c || '!' AS c2 FROM t WHERE c >= 'a';
CREATE VIEW v2 AS WITH q AS (SELECT l FROM t) SELECT upper(l) AS u FROM q WHERE l = 'k';
CREATE VIEW v3 AS SELECT s.l FROM (SELECT l FROM t WHERE l > 'a') s WHERE s.l < 'z';
CREATE VIEW v AS SELECT id, l || 'x' AS lx, n + 1 AS n1 FROM t WHERE l <> 'a' AND s > 1;
CREATE VIEW w AS SELECT a.id FROM t a JOIN t b ON a.l = b.l WHERE a.l LIKE 'x%';
