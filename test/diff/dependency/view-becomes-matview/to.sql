-- totals, a view, becomes a materialized view (with an index): the view reading it (with its
-- INSTEAD OF trigger) and the function whose SQL-standard body reads it are dropped first and
-- created again after; the down migration turns it back into a view the same way
CREATE TABLE t (id int PRIMARY KEY, v int);
CREATE MATERIALIZED VIEW totals AS SELECT id, v * 2 AS doubled FROM t;
CREATE UNIQUE INDEX totals_id ON totals (id);
CREATE VIEW big AS SELECT id, doubled FROM totals WHERE doubled > 10;
CREATE FUNCTION big_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER big_ins INSTEAD OF INSERT ON big FOR EACH ROW EXECUTE FUNCTION big_ins();
CREATE FUNCTION top() RETURNS int LANGUAGE sql STABLE BEGIN ATOMIC SELECT max(doubled) FROM totals; END;
