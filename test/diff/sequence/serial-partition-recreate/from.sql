CREATE TABLE foobar (id serial, fizz serial);
