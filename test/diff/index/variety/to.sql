CREATE TABLE t (id int PRIMARY KEY, email text, created_at timestamptz, deleted boolean, data jsonb);
CREATE INDEX t_email_idx ON t (email) WHERE NOT deleted;
CREATE UNIQUE INDEX ON t (lower(email));
CREATE INDEX ON t (created_at DESC NULLS LAST, id) INCLUDE (email);
CREATE INDEX t_data ON t USING gin (data jsonb_path_ops);
CREATE INDEX ON t (email text_pattern_ops, (data ->> 'kind'));
