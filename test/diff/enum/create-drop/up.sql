CREATE TYPE public.mood AS ENUM ('happy', 'sad');

-- hazard rewrites-table: changing m from public.old_mood to public.mood may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of m that do not cast to public.mood make it fail
ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood;

ALTER TABLE public.t ADD COLUMN history public.mood[];

DROP TYPE public.old_mood;
