CREATE SEQUENCE "foobar sequence";
CREATE TABLE foobar (id int DEFAULT nextval('"foobar sequence"'));
