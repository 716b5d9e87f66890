CREATE TABLE base (id int NOT NULL, name text);
CREATE TABLE kid (extra int) INHERITS (base);
