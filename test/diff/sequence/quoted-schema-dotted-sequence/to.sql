CREATE SCHEMA "My S";
CREATE SEQUENCE "My S"."Seq.With.Dots";
CREATE TABLE "My S".t (id int DEFAULT nextval('"My S"."Seq.With.Dots"'));
