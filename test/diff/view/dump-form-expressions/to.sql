CREATE FUNCTION public.keep_row() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NULL; END $$;

CREATE TABLE public.staff (
    id integer NOT NULL,
    dept integer,
    first_name character varying(40),
    last_name character varying(40),
    bio text,
    salary numeric,
    status character varying(10)
);

CREATE VIEW public.dept_pay AS
 SELECT staff.dept,
    count(*) AS n,
    avg(staff.salary) AS pay
   FROM public.staff
  GROUP BY staff.dept
 HAVING (avg(staff.salary) > (50000)::numeric)
  ORDER BY (count(*)), (avg(staff.salary)) DESC;

CREATE VIEW public.months AS
 SELECT date_trunc('month'::text, (CURRENT_DATE - ((n.n || ' months'::text))::interval)) AS month_start
   FROM generate_series(0, 11) n(n);

CREATE VIEW public.staff_labels AS
 SELECT staff.id,
        CASE
            WHEN (staff.salary > (100)::numeric) THEN 'high'::text
            WHEN (staff.salary > (50)::numeric) THEN 'mid'::text
            ELSE 'low'::text
        END AS band,
    COALESCE((((staff.first_name)::text || ' '::text) || (staff.last_name)::text), 'anonymous'::text) AS display,
    COALESCE(staff.dept, 0) AS dept,
    to_tsvector('english'::regconfig, (((COALESCE(staff.first_name, ''::character varying))::text || ' '::text) || COALESCE(staff.bio, ''::text))) AS doc
   FROM public.staff
  WHERE ((staff.status)::text = 'active'::text);

CREATE VIEW public.tagged AS
 SELECT staff.id,
    'staff'::text AS kind,
    'x'::character varying AS raw,
    (1)::bigint AS one
   FROM public.staff;

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (id);

CREATE TRIGGER staff_redundant BEFORE UPDATE ON public.staff FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();

CREATE TRIGGER staff_same BEFORE UPDATE ON public.staff FOR EACH ROW WHEN ((NOT ((new.status)::text IS DISTINCT FROM (old.status)::text))) EXECUTE FUNCTION public.keep_row();

