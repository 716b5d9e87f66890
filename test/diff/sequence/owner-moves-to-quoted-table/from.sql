CREATE SEQUENCE "foobar sequence" AS integer;
CREATE TABLE foobar (id integer DEFAULT nextval('"foobar sequence"'::regclass) NOT NULL);
ALTER SEQUENCE "foobar sequence" OWNED BY foobar.id;
