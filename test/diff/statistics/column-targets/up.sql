SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.audit (
  id integer,
  who text
);

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ADD COLUMN "Source Host" text;

-- lock: SHARE UPDATE EXCLUSIVE on public.audit
ALTER TABLE ONLY public.audit ALTER COLUMN who SET STATISTICS 250;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE ONLY public.events ALTER COLUMN kind SET STATISTICS 1000;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE ONLY public.events ALTER COLUMN payload SET STATISTICS -1;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE ONLY public.events ALTER COLUMN created_at SET STATISTICS 2000;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE ONLY public.events ALTER COLUMN "Source Host" SET STATISTICS 300;
