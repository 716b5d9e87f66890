CREATE TYPE pair AS (a integer, b integer);
CREATE TABLE points (id integer PRIMARY KEY, p pair, tags pair[]);
