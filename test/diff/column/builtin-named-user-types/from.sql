-- user types named like built-ins: unqualified, "bit" / "interval" / bpchar find pg_catalog's first;
-- written qualified they are the user's (and print quoted and qualified)
CREATE SCHEMA s;
CREATE TYPE public."bit" AS ENUM ('a', 'b');
CREATE TYPE s."numeric" AS ENUM ('one');
CREATE TABLE t (id int, x "bit", y public."bit");
