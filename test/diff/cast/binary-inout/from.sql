CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE TABLE t (id integer);
