CREATE SCHEMA "S";
CREATE COLLATION "S"."Mine" (provider = libc, locale = 'POSIX');
CREATE COLLATION c FROM "C";
CREATE COLLATION e (provider = libc, locale = 'POSIX');
