CREATE TYPE old_mood AS ENUM ('a');
CREATE TABLE t (id int, m old_mood);
