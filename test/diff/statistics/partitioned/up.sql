SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.measurements_2027 (
  city integer NOT NULL,
  logdate date NOT NULL,
  peak integer
);

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements
ALTER TABLE ONLY public.measurements ALTER COLUMN city SET STATISTICS 700;

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements_2026
ALTER TABLE ONLY public.measurements_2026 ALTER COLUMN peak SET STATISTICS -1;

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements_2027
ALTER TABLE ONLY public.measurements_2027 ALTER COLUMN peak SET STATISTICS 300;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements, ACCESS EXCLUSIVE on public.measurements_2027; scans the table; scans the partition to check its bound
ALTER TABLE public.measurements ATTACH PARTITION public.measurements_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
