CREATE SCHEMA "S";
CREATE COLLATION "S"."Mine" (provider = libc, locale = 'POSIX');
-- a copy of a user collation: its properties, so c changes and e (the same properties) does not
CREATE COLLATION c FROM "S"."Mine";
CREATE COLLATION e FROM "S"."Mine";
CREATE COLLATION d FROM pg_catalog."C";
