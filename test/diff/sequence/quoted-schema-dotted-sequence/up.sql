SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SEQUENCE "My S"."Seq.With.Dots";

CREATE TABLE "My S".t (
  id integer DEFAULT nextval('"My S"."Seq.With.Dots"'::regclass)
);
