CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (id int, m mood, history mood[]);
