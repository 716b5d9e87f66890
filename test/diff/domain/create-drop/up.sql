SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.legacy
-- hazard deletes-data: drops table public.legacy and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.legacy;

CREATE SCHEMA app;

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN app.email AS character varying(254) COLLATE "C" DEFAULT 'nobody@example.com' NOT NULL CONSTRAINT email_has_at CHECK (value LIKE '%@%') CONSTRAINT email_check CHECK (length(value) > 3);

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN app.positive_int AS integer CONSTRAINT positive_int_check CHECK (value > 0);

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN app.small_positive AS app.positive_int CONSTRAINT small_positive_check CHECK (value < 100);

CREATE TABLE app.users (
  id integer NOT NULL,
  email app.email,
  tags app.email[],
  score app.small_positive,
  CONSTRAINT users_pkey PRIMARY KEY (id)
);

COMMENT ON CONSTRAINT email_has_at ON DOMAIN app.email IS 'must contain @';

COMMENT ON TYPE app.email IS 'an e-mail address';

DROP DOMAIN public.old_code;
