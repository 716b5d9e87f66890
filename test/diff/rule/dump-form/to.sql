-- pg_dump's form of rules (`CREATE RULE r AS\n    ON INSERT TO public.t …` with qualified relations, parenthesised conditions, NEW / OLD and the target's columns qualified, an INSERT's column list filled, RETURNING * expanded, SELECT outputs named, ALTER TABLE … DISABLE RULE, COMMENT ON RULE) is equal to the schema as written: no change.
CREATE SCHEMA "Shop";

CREATE TABLE "Shop"."Order Lines" (
    "Id" integer,
    qty integer
);

CREATE TABLE "Shop".history (
    "Id" integer
);

CREATE TABLE public.log (
    id integer,
    v text,
    n integer DEFAULT 0
);

CREATE TABLE public.t (
    id integer,
    status text,
    qty numeric
);

CREATE VIEW public.vt AS
 SELECT t.id,
    t.status,
    t.qty
   FROM public.t;

CREATE RULE "Keep History" AS
    ON DELETE TO "Shop"."Order Lines"
   WHERE (old.qty > 0) DO  INSERT INTO "Shop".history ("Id")
  VALUES (old."Id");

CREATE RULE t_big AS
    ON INSERT TO public.t
   WHERE ((new.qty > (100)::numeric) AND (new.status = ANY (ARRAY['open'::text, 'held'::text]))) DO  INSERT INTO public.log (id, v)
  VALUES (new.id, 'big'::text);

CREATE RULE t_keep AS
    ON DELETE TO public.t
   WHERE (old.status = 'held'::text) DO INSTEAD NOTHING;
ALTER TABLE public.t DISABLE RULE t_keep;

CREATE RULE t_notify AS
    ON INSERT TO public.t DO
 NOTIFY t_changed;

CREATE RULE t_peek AS
    ON DELETE TO public.t DO  SELECT 1 AS "?column?";
ALTER TABLE public.t ENABLE ALWAYS RULE t_peek;

CREATE RULE t_status AS
    ON UPDATE TO public.t
   WHERE (old.status IS DISTINCT FROM new.status) DO ( INSERT INTO public.log (id, v)
  VALUES (new.id, ((lower(old.status) || ' -> '::text) || new.status));
 UPDATE public.log SET n = (log.n + 1)
  WHERE (log.id = new.id);
 DELETE FROM public.log
   USING public.t x
  WHERE ((x.id = log.id) AND (x.qty IS NULL));
);

COMMENT ON RULE t_status ON public.t IS 'audit';

CREATE RULE vt_del AS
    ON DELETE TO public.vt DO INSTEAD  DELETE FROM public.t
  WHERE (t.id = old.id);

CREATE RULE vt_ins AS
    ON INSERT TO public.vt DO INSTEAD  INSERT INTO public.t (id, status, qty)
  VALUES (new.id, new.status, new.qty)
  RETURNING t.id,
    t.status,
    t.qty;

