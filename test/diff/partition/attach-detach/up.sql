SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.orders_2023
-- hazard breaks-readers: rows of orders_2023 disappear from orders
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.orders DETACH PARTITION public.orders_2023;

-- lock: ACCESS EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.orders_2024
-- hazard breaks-readers: rows of orders_2024 disappear from orders
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.orders DETACH PARTITION public.orders_2024;

CREATE TABLE public.orders_2025 (
  id integer NOT NULL,
  placed date NOT NULL,
  total numeric,
  CONSTRAINT orders_total_check CHECK (total >= 0),
  CONSTRAINT orders_2025_pkey PRIMARY KEY (id, placed)
);

-- lock: ACCESS EXCLUSIVE on public.orders_archive
ALTER TABLE public.orders_archive ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.orders_archive; scans the table; index build
-- hazard builds-index: builds index orders_archive_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY orders_archive_pkey ON public.orders_archive (id, placed);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.orders_archive, SHARE UPDATE EXCLUSIVE on public.orders_archive_pkey; uses existing index
ALTER TABLE public.orders_archive ADD CONSTRAINT orders_archive_pkey PRIMARY KEY USING INDEX orders_archive_pkey;

-- lock: SHARE on public.orders_2025; scans the table; index build
CREATE INDEX orders_2025_total_idx ON public.orders_2025 (total);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.orders_archive; scans the table; index build
-- hazard builds-index: builds index orders_archive_total_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY orders_archive_total_idx ON public.orders_archive (total);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.orders_archive; scans the table; validates existing rows
-- hazard scans-table: validates orders_total_check against every row of orders_archive
ALTER TABLE public.orders_archive VALIDATE CONSTRAINT orders_total_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.orders_2024; scans the table; scans the partition to check its bound
-- hazard scans-table: scans orders_2024 to check its rows fit the partition bound
ALTER TABLE public.orders ATTACH PARTITION public.orders_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- lock: SHARE UPDATE EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.orders_archive; scans the table; scans the partition to check its bound
-- hazard scans-table: scans orders_archive to check its rows fit the partition bound
ALTER TABLE public.orders ATTACH PARTITION public.orders_archive FOR VALUES FROM ('2000-01-01') TO ('2023-01-01');

-- lock: SHARE UPDATE EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.orders_2025; scans the table; scans the partition to check its bound
ALTER TABLE public.orders ATTACH PARTITION public.orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
