CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.foobar (fizz serial);
CREATE TABLE b.foobar (fizz serial);
CREATE TABLE foobar (fizz serial);
