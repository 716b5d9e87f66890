CREATE TABLE t (id int PRIMARY KEY, keep int, new_col boolean NOT NULL DEFAULT false, tags text[] DEFAULT '{}');
