CREATE SEQUENCE "foobar sequence" AS integer;
CREATE TABLE "Foo Bar" (id integer DEFAULT nextval('"foobar sequence"'::regclass) NOT NULL);
ALTER SEQUENCE "foobar sequence" OWNED BY "Foo Bar".id;
