SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN big_count SET DEFAULT CAST('2' AS bigint);

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN ratio SET DEFAULT '1'::numeric;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN created_at SET DEFAULT now() AT TIME ZONE 'utc';

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN ttl SET DEFAULT CAST('1' AS interval day);

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ADD COLUMN label character varying(10) DEFAULT NULL;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ADD COLUMN flag boolean DEFAULT 'yes';

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ADD CONSTRAINT events_status_check CHECK (status IN ('new', 'done')) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ADD CONSTRAINT events_amount_check CHECK (amount BETWEEN 0 AND 100) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.events; scans the table; validates existing rows
-- hazard scans-table: validates events_status_check against every row of events
ALTER TABLE public.events VALIDATE CONSTRAINT events_status_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.events; scans the table; validates existing rows
-- hazard scans-table: validates events_amount_check against every row of events
ALTER TABLE public.events VALIDATE CONSTRAINT events_amount_check;
