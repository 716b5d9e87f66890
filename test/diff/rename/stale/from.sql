CREATE TABLE clients (id int PRIMARY KEY, name text);
