CREATE TABLE a (id int PRIMARY KEY, v int);
CREATE TABLE b (id int PRIMARY KEY, v int);
CREATE TABLE c (id int PRIMARY KEY, v int);
CREATE UNIQUE INDEX c_id ON c (id);
CREATE TABLE d (id int, v int UNIQUE);
