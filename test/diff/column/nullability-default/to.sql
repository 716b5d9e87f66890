CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int DEFAULT 2, c timestamptz DEFAULT now());
