SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE EXTENSION IF NOT EXISTS citext;

CREATE EXTENSION IF NOT EXISTS ltree;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ADD COLUMN path ltree;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ADD COLUMN "Email" citext;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs; scans the table; index build
-- hazard builds-index: builds index docs_path concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY docs_path ON public.docs USING gist (path);
