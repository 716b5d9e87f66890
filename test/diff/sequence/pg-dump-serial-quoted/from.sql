CREATE SCHEMA "My App";
CREATE TABLE "My App"."Foo Bar" (id integer NOT NULL);
CREATE SEQUENCE "My App"."Foo Bar_id_seq" AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE "My App"."Foo Bar_id_seq" OWNED BY "My App"."Foo Bar".id;
ALTER TABLE ONLY "My App"."Foo Bar" ALTER COLUMN id SET DEFAULT nextval('"My App"."Foo Bar_id_seq"'::regclass);
