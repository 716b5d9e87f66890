SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates table public.orders_eu, dropped by the up migration: its rows are not restored
CREATE TABLE public.orders_eu (
  id integer NOT NULL,
  region text NOT NULL,
  CONSTRAINT orders_eu_pkey PRIMARY KEY (id, region)
);

CREATE VIEW public.eu_orders AS
SELECT orders_eu.id
FROM public.orders_eu;

-- lock: SHARE ROW EXCLUSIVE on public.eu_notes, SHARE ROW EXCLUSIVE on public.orders_eu
ALTER TABLE public.eu_notes ADD CONSTRAINT eu_notes_order_id_region_fkey FOREIGN KEY (order_id, region) REFERENCES public.orders_eu (id, region) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.eu_notes; scans the table; validates existing rows
-- hazard scans-table: validates eu_notes_order_id_region_fkey against every row of eu_notes
ALTER TABLE public.eu_notes VALIDATE CONSTRAINT eu_notes_order_id_region_fkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.orders_eu; scans the table; scans the partition to check its bound
ALTER TABLE public.orders ATTACH PARTITION public.orders_eu FOR VALUES IN ('eu');
