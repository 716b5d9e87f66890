SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: renames column t.quantity to qty: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t RENAME COLUMN quantity TO qty;

-- lock: ACCESS EXCLUSIVE on public.big
DROP VIEW public.big;

CREATE VIEW public.big AS
SELECT
  t.id,
  t.qty
FROM public.t
WHERE
  t.qty > 10;
