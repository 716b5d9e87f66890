SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.cities
CREATE TABLE public.capitals (
  population integer NOT NULL,
  state character(2) NOT NULL
)
INHERITS (public.cities);

CREATE TABLE public.tagged (
  tag text
);

-- lock: SHARE UPDATE EXCLUSIVE on public.capitals, SHARE UPDATE EXCLUSIVE on public.tagged
CREATE TABLE public.tagged_capitals (
  note text
)
INHERITS (public.capitals, public.tagged);

-- lock: ACCESS EXCLUSIVE on public.cities
ALTER TABLE public.cities ADD COLUMN elevation integer DEFAULT 0;

-- lock: ACCESS EXCLUSIVE on public.cities
ALTER TABLE public.cities ADD CONSTRAINT cities_population_check CHECK (population >= 0) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.cities; scans the table; validates existing rows
-- hazard scans-table: validates cities_population_check against every row of cities
ALTER TABLE public.cities VALIDATE CONSTRAINT cities_population_check;
