CREATE TABLE foobar (id serial, fizz bigserial);
