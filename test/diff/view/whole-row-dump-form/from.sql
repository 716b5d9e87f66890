-- whole-row references as pg_dump prints them (PostgreSQL 15): d.*::type AS d, (d).c as d.c, f(d.*)
CREATE SCHEMA "App";
CREATE TABLE public.doc (id integer, body text);
CREATE TABLE "App"."Item" (id integer, "Name" text);
CREATE VIEW public.v1 AS SELECT d.*::public.doc AS d FROM public.doc d;
CREATE VIEW public.v2 AS SELECT d.id, d.body AS b FROM public.doc d;
CREATE VIEW public.v3 AS SELECT row_to_json(d.*) AS j FROM public.doc d;
CREATE VIEW "App"."V4" AS SELECT "I".*::"App"."Item" AS "I", "I"."Name" FROM "App"."Item" "I";
CREATE FUNCTION public.first_doc() RETURNS public.doc LANGUAGE sql BEGIN ATOMIC SELECT d.*::public.doc AS d FROM public.doc d LIMIT 1; END;
