SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "S"."Comp"
-- hazard deletes-data: drops attribute f3 of type Comp: values stored in columns of this type lose it
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TYPE "S"."Comp" DROP ATTRIBUTE f3;

COMMENT ON COLUMN "S"."Comp"."F1" IS 'old';

COMMENT ON COLUMN public.kept.a IS 'gone';

COMMENT ON COLUMN public.kept.b IS NULL;

DROP TYPE public.composite;
