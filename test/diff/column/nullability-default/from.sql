CREATE TABLE t (id int PRIMARY KEY, a text, b int DEFAULT 1, c timestamptz NOT NULL);
