SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER DOMAIN public.label DROP CONSTRAINT label_short;

ALTER DOMAIN public.user_rating DROP CONSTRAINT user_rating_check;

ALTER DOMAIN public.label DROP DEFAULT;

ALTER DOMAIN public.label DROP NOT NULL;

ALTER DOMAIN public.user_rating SET DEFAULT 3;

-- hazard scans-table: checks label_nonempty against every column of domain label
-- pgshift-ignore: ban-alter-domain-with-add-constraint -- required by the schema change; reviewed hazard
ALTER DOMAIN public.label ADD CONSTRAINT label_nonempty CHECK (value <> '');

ALTER DOMAIN public.label ADD CONSTRAINT label_lower CHECK (value = lower(value)) NOT VALID;

-- hazard scans-table: checks user_rating_check against every column of domain user_rating
-- pgshift-ignore: ban-alter-domain-with-add-constraint -- required by the schema change; reviewed hazard
ALTER DOMAIN public.user_rating ADD CONSTRAINT user_rating_check CHECK (value >= 1
  AND value <= 10);

COMMENT ON TYPE public.label IS 'a short label';
