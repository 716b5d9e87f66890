CREATE TABLE foobar2 (id serial PRIMARY KEY, fizz serial);
