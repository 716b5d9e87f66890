-- a value is removed: the type is recreated and the column converted; the policy, the SQL-standard body
-- and the trigger reading the column go first and come back after
CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE TABLE alerts (id int PRIMARY KEY, level level NOT NULL);
ALTER TABLE alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY alerts_visible ON alerts USING (level <> 'low');
CREATE FUNCTION high_alerts() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM alerts WHERE level = 'high');
CREATE FUNCTION notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER alerts_high AFTER INSERT ON alerts FOR EACH ROW WHEN (NEW.level = 'high') EXECUTE FUNCTION notify();
