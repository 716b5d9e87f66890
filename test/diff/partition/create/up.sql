SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.buckets (
  id integer,
  payload text
)
PARTITION BY HASH (id);

CREATE TABLE public.buckets_0 (
  id integer,
  payload text
);

CREATE TABLE public.buckets_1 (
  id integer,
  payload text
);

CREATE TABLE public.events (
  kind text NOT NULL,
  region text NOT NULL,
  at timestamp with time zone
)
PARTITION BY LIST (kind);

CREATE TABLE public.events_click (
  kind text NOT NULL,
  region text NOT NULL,
  at timestamp with time zone
);

CREATE TABLE public.events_view (
  kind text NOT NULL,
  region text NOT NULL,
  at timestamp with time zone
)
PARTITION BY LIST (region);

CREATE TABLE public.events_view_eu (
  kind text NOT NULL,
  region text NOT NULL,
  at timestamp with time zone
);

CREATE TABLE public.events_view_other (
  kind text NOT NULL,
  region text NOT NULL,
  at timestamp with time zone
);

CREATE TABLE public.measurements (
  id bigint NOT NULL,
  logdate date NOT NULL,
  customer_id bigint,
  peak integer,
  note text DEFAULT 'none',
  CONSTRAINT measurements_peak_check CHECK (peak >= 0),
  CONSTRAINT measurements_pkey PRIMARY KEY (id, logdate)
)
PARTITION BY RANGE (logdate);

CREATE TABLE public.measurements_2024 (
  id bigint NOT NULL,
  logdate date NOT NULL,
  customer_id bigint,
  peak integer,
  note text DEFAULT 'none',
  CONSTRAINT measurements_peak_check CHECK (peak >= 0),
  CONSTRAINT measurements_2024_pkey PRIMARY KEY (id, logdate)
);

CREATE TABLE public.measurements_2025 (
  id bigint NOT NULL,
  logdate date NOT NULL,
  customer_id bigint,
  peak integer,
  note text DEFAULT 'none',
  CONSTRAINT measurements_peak_check CHECK (peak >= 0),
  CONSTRAINT measurements_2025_pkey PRIMARY KEY (id, logdate)
);

CREATE TABLE public.measurements_old (
  id bigint NOT NULL,
  logdate date NOT NULL,
  customer_id bigint,
  peak integer,
  note text DEFAULT 'none',
  CONSTRAINT measurements_peak_check CHECK (peak >= 0),
  CONSTRAINT measurements_old_pkey PRIMARY KEY (id, logdate)
);

CREATE TABLE public.readings (
  sensor integer,
  at timestamp without time zone,
  v numeric
)
PARTITION BY RANGE (sensor, (date_trunc('day', at)));

CREATE TABLE public.readings_low (
  sensor integer,
  at timestamp without time zone,
  v numeric
);

-- lock: SHARE on public.measurements_2024; scans the table; index build
CREATE INDEX measurements_2024_customer_id_idx ON public.measurements_2024 (customer_id);

-- lock: SHARE on public.measurements_2024; scans the table; index build
CREATE INDEX measurements_2024_lower_idx ON public.measurements_2024 ((lower(note)));

-- lock: SHARE on public.measurements_2025; scans the table; index build
CREATE INDEX measurements_2025_customer_id_idx ON public.measurements_2025 (customer_id);

-- lock: SHARE on public.measurements_2025; scans the table; index build
CREATE INDEX measurements_2025_lower_idx ON public.measurements_2025 ((lower(note)));

-- lock: SHARE on public.measurements_old; scans the table; index build
CREATE INDEX measurements_old_customer_id_idx ON public.measurements_old (customer_id);

-- lock: SHARE on public.measurements_old; scans the table; index build
CREATE INDEX measurements_old_lower_idx ON public.measurements_old ((lower(note)));

-- lock: SHARE on public.measurements; scans the table; index build
CREATE INDEX measurements_customer_id_idx ON public.measurements (customer_id);

-- lock: SHARE on public.measurements; scans the table; index build
CREATE INDEX measurements_lower_note ON public.measurements ((lower(note)));

-- lock: SHARE ROW EXCLUSIVE on public.measurements, SHARE ROW EXCLUSIVE on public.customers; scans the table; validates existing rows
ALTER TABLE public.measurements ADD CONSTRAINT measurements_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.buckets, ACCESS EXCLUSIVE on public.buckets_0; scans the table; scans the partition to check its bound
ALTER TABLE public.buckets ATTACH PARTITION public.buckets_0 FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- lock: SHARE UPDATE EXCLUSIVE on public.buckets, ACCESS EXCLUSIVE on public.buckets_1; scans the table; scans the partition to check its bound
ALTER TABLE public.buckets ATTACH PARTITION public.buckets_1 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- lock: SHARE UPDATE EXCLUSIVE on public.events, ACCESS EXCLUSIVE on public.events_click; scans the table; scans the partition to check its bound
ALTER TABLE public.events ATTACH PARTITION public.events_click FOR VALUES IN ('click', 'tap');

-- lock: SHARE UPDATE EXCLUSIVE on public.events, ACCESS EXCLUSIVE on public.events_view; scans the table; scans the partition to check its bound
ALTER TABLE public.events ATTACH PARTITION public.events_view FOR VALUES IN ('view');

-- lock: SHARE UPDATE EXCLUSIVE on public.events_view, ACCESS EXCLUSIVE on public.events_view_eu; scans the table; scans the partition to check its bound
ALTER TABLE public.events_view ATTACH PARTITION public.events_view_eu FOR VALUES IN ('eu');

-- lock: SHARE UPDATE EXCLUSIVE on public.events_view, ACCESS EXCLUSIVE on public.events_view_other; scans the table; scans the partition to check its bound
ALTER TABLE public.events_view ATTACH PARTITION public.events_view_other DEFAULT;

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements, ACCESS EXCLUSIVE on public.measurements_2024; scans the table; scans the partition to check its bound
ALTER TABLE public.measurements ATTACH PARTITION public.measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements, ACCESS EXCLUSIVE on public.measurements_2025; scans the table; scans the partition to check its bound
ALTER TABLE public.measurements ATTACH PARTITION public.measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements, ACCESS EXCLUSIVE on public.measurements_old; scans the table; scans the partition to check its bound
ALTER TABLE public.measurements ATTACH PARTITION public.measurements_old DEFAULT;

-- lock: SHARE UPDATE EXCLUSIVE on public.readings, ACCESS EXCLUSIVE on public.readings_low; scans the table; scans the partition to check its bound
ALTER TABLE public.readings ATTACH PARTITION public.readings_low FOR VALUES FROM (MINVALUE, MINVALUE) TO ('100', MAXVALUE);
