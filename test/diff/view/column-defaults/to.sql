-- view column defaults (used by INSERT through the view): set, changed, dropped;
-- pg_dump writes them as ALTER TABLE ONLY v ALTER COLUMN c SET DEFAULT …
CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE TABLE tasks (id serial PRIMARY KEY, title text NOT NULL, state mood, done boolean);
CREATE VIEW open_tasks AS SELECT id, title, state, done FROM tasks WHERE NOT done;
ALTER TABLE ONLY public.open_tasks ALTER COLUMN state SET DEFAULT 'calm'::public.mood;
ALTER VIEW open_tasks ALTER COLUMN title SET DEFAULT upper('untitled');
CREATE VIEW "Recent" AS SELECT id, done FROM tasks;
ALTER VIEW "Recent" ALTER COLUMN done SET DEFAULT true;
