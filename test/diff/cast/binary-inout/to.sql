CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE TABLE t (id integer);
-- binary-coercible built-in types without a cast of their own (a superuser's schema)
CREATE CAST (xid AS integer) WITHOUT FUNCTION AS IMPLICIT;
CREATE CAST (mood AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (t AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS t) WITH INOUT;
