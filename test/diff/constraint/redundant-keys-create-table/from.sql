-- PostgreSQL builds one index for equal PRIMARY KEY / UNIQUE / EXCLUDE constraints of one CREATE TABLE
CREATE TABLE kept (id int PRIMARY KEY);
