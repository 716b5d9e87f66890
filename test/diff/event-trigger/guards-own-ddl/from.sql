CREATE TABLE legacy (id integer PRIMARY KEY);
