-- pg_dump's forms of view and trigger expressions equal the schema as written: ORDER BY an output name or GROUP BY a position (printed as the expression), ASC and default NULLS placement, numbers cast in comparisons, CASE branches and COALESCE, string literals cast by where they stand, a scalar function in FROM as n(n), IS NOT DISTINCT FROM as NOT (… IS DISTINCT FROM …), a pg_catalog trigger function unqualified.
CREATE TABLE staff (id integer PRIMARY KEY, dept integer, first_name varchar(40), last_name varchar(40), bio text, salary numeric, status varchar(10));
CREATE VIEW dept_pay AS SELECT dept, count(*) AS n, avg(salary) AS pay FROM staff GROUP BY 1 HAVING avg(salary) > 50000 ORDER BY n ASC, pay DESC NULLS FIRST;
CREATE VIEW staff_labels AS
  SELECT id,
         CASE WHEN salary > 100 THEN 'high' WHEN salary > 50 THEN 'mid' ELSE 'low' END AS band,
         COALESCE(first_name || ' ' || last_name, 'anonymous') AS display,
         COALESCE(dept, 0) AS dept,
         to_tsvector('english', COALESCE(first_name, '') || ' ' || COALESCE(bio, '')) AS doc
  FROM staff WHERE status = 'active';
CREATE VIEW months AS SELECT date_trunc('month', CURRENT_DATE - (n || ' months')::interval) AS month_start FROM generate_series(0, 11) AS n;
CREATE FUNCTION keep_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER staff_same BEFORE UPDATE ON staff FOR EACH ROW WHEN (NEW.status IS NOT DISTINCT FROM OLD.status) EXECUTE FUNCTION keep_row();
CREATE TRIGGER staff_redundant BEFORE UPDATE ON staff FOR EACH ROW EXECUTE FUNCTION pg_catalog.suppress_redundant_updates_trigger();
CREATE VIEW tagged AS SELECT id, 'staff'::text AS kind, 'x'::varchar AS raw, 1::bigint AS one FROM staff;
