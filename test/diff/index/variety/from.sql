CREATE TABLE t (id int PRIMARY KEY, email text, created_at timestamptz, deleted boolean, data jsonb);
CREATE INDEX t_email_idx ON t (email);
