CREATE TABLE foobar (id bigserial, fizz serial, part int, PRIMARY KEY (id, part)) PARTITION BY LIST (part);
CREATE TABLE foobar_1 PARTITION OF foobar FOR VALUES IN (1);
CREATE TABLE foobar_2 (id bigint NOT NULL DEFAULT nextval('foobar_id_seq'), fizz int NOT NULL DEFAULT nextval('foobar_fizz_seq'), part int NOT NULL);
ALTER TABLE foobar ATTACH PARTITION foobar_2 FOR VALUES IN (2);
