SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.metrics
-- hazard deletes-data: drops table public.metrics and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.metrics;

CREATE TABLE public.metrics (
  id integer NOT NULL,
  kind text NOT NULL,
  v numeric
)
PARTITION BY LIST (kind);

CREATE TABLE public.metrics_low (
  id integer NOT NULL,
  kind text NOT NULL,
  v numeric
);

-- lock: SHARE on public.metrics_low; scans the table; index build
CREATE INDEX metrics_low_v_idx ON public.metrics_low (v);

-- lock: SHARE on public.metrics; scans the table; index build
CREATE INDEX metrics_v_idx ON public.metrics (v);

COMMENT ON TABLE public.metrics IS 'by kind';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.metrics, ACCESS EXCLUSIVE on public.metrics_low; scans the table; scans the partition to check its bound
ALTER TABLE public.metrics ATTACH PARTITION public.metrics_low FOR VALUES IN ('cpu', 'mem');
