CREATE TABLE foobar (id serial, fizz serial) PARTITION BY RANGE (id);
