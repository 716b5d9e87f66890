SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.order_notes (
  order_id integer,
  note text
);

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD COLUMN currency character(3);

CREATE FUNCTION public.default_currency()
RETURNS bpchar
LANGUAGE plpgsql
IMMUTABLE
AS $$
DECLARE
  c public.orders.currency%TYPE := 'EUR';
BEGIN
  RETURN c;
END $$;

CREATE OR REPLACE FUNCTION public.order_label(p_id integer)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
  t orders.total%TYPE;
  cur orders.currency%TYPE;
  n order_notes%ROWTYPE;
BEGIN
  SELECT total, currency INTO t, cur FROM orders WHERE id = p_id;
  SELECT * INTO n FROM order_notes WHERE order_id = p_id LIMIT 1;
  RETURN t::text || ' ' || cur || coalesce(' ' || n.note, '');
END $$;

-- lock: SHARE ROW EXCLUSIVE on public.order_notes, SHARE ROW EXCLUSIVE on public.orders; scans the table; validates existing rows
ALTER TABLE public.order_notes ADD CONSTRAINT order_notes_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders (id);
