-- Columns added with generation expressions and defaults PostgreSQL coerces to the column type (NULL on int, varchar(10), numeric(5,2), a domain, an array; DEFAULT NULL on a domain is stored, on int[] it is not): the migrated database has the same columns as the schema.
CREATE DOMAIN d_int AS int;
CREATE TABLE g (a int);
