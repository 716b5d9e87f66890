CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE TABLE tasks (id serial PRIMARY KEY, title text NOT NULL, state mood, done boolean);
CREATE VIEW open_tasks AS SELECT id, title, state, done FROM tasks WHERE NOT done;
ALTER VIEW open_tasks ALTER COLUMN done SET DEFAULT false;
ALTER VIEW open_tasks ALTER COLUMN title SET DEFAULT 'untitled';
