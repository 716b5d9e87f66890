SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SEQUENCE public."Foo Bar_My Id_seq" AS integer;

CREATE SEQUENCE public."Foo Bar_select_seq";

CREATE TABLE public."Foo Bar" (
  "My Id" integer DEFAULT nextval('public."Foo Bar_My Id_seq"'::regclass) NOT NULL,
  "select" bigint DEFAULT nextval('public."Foo Bar_select_seq"'::regclass) NOT NULL
);

ALTER SEQUENCE public."Foo Bar_My Id_seq" OWNED BY public."Foo Bar"."My Id";

ALTER SEQUENCE public."Foo Bar_select_seq" OWNED BY public."Foo Bar"."select";
