CREATE TABLE cities (name text PRIMARY KEY, population int);
