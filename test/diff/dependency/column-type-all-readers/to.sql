-- weight becomes bigint: every kind of reader PostgreSQL refuses it under is dropped first and created after
-- (the generated column, the view and the function reading the view, the materialized view, the trigger,
-- the policy, the procedure); the expression index is created again after it (column/type-change-expression-dependents),
-- the statistics object is rebuilt by PostgreSQL itself
CREATE TABLE tasks (id int PRIMARY KEY, weight bigint NOT NULL DEFAULT 1, doubled bigint GENERATED ALWAYS AS (weight * 2) STORED, title text);
CREATE INDEX tasks_weight ON tasks ((weight + 1));
CREATE STATISTICS tasks_stats (dependencies) ON weight, title FROM tasks;
CREATE VIEW heavy AS SELECT id, weight FROM tasks WHERE weight > 10;
CREATE MATERIALIZED VIEW weight_totals AS SELECT sum(weight) AS total FROM tasks;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tasks_weight_changed AFTER UPDATE OF weight ON tasks FOR EACH ROW WHEN (OLD.weight IS DISTINCT FROM NEW.weight) EXECUTE FUNCTION touch();
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_light ON tasks FOR SELECT USING (weight < 100);
CREATE PROCEDURE reset_weights() LANGUAGE sql BEGIN ATOMIC UPDATE tasks SET weight = 1; END;
CREATE FUNCTION heaviest() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT max(weight) FROM heavy);
