CREATE TYPE address AS (street text, city text, zip integer);
CREATE TYPE geo AS (lat float8, lon float8, label varchar(10));
CREATE TYPE obsolete AS (a int);
CREATE TABLE offices (id int PRIMARY KEY, addr address);
