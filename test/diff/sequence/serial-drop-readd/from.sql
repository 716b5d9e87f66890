CREATE TABLE foobar (id serial PRIMARY KEY, fizz serial);
