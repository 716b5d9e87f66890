SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TYPE public.composite AS (f1 integer, f2 text);

-- lock: ACCESS EXCLUSIVE on "S"."Comp"
ALTER TYPE "S"."Comp" ADD ATTRIBUTE f3 integer;

COMMENT ON COLUMN "S"."Comp"."F1" IS 'new';

COMMENT ON COLUMN "S"."Comp".f3 IS 'added attribute';

COMMENT ON COLUMN public.composite.f1 IS 'comment on column of type';

COMMENT ON COLUMN public.kept.b IS 'comment on column of type';

COMMENT ON COLUMN public.kept.a IS NULL;
