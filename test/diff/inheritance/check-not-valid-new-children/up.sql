SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.item (
  id integer,
  qty integer
);

-- lock: SHARE UPDATE EXCLUSIVE on public.item
CREATE TABLE public.item_new ()
INHERITS (public.item);

-- lock: SHARE UPDATE EXCLUSIVE on public.item
CREATE TABLE public.item_old ()
INHERITS (public.item);

-- lock: ACCESS EXCLUSIVE on public.item
ALTER TABLE public.item ADD CONSTRAINT item_qty_check CHECK (qty >= 0) NOT VALID;

-- lock: SHARE UPDATE EXCLUSIVE on public.item_new; scans the table; validates existing rows
ALTER TABLE public.item_new VALIDATE CONSTRAINT item_qty_check;
