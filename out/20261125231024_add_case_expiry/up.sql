-- pgshift revision: 20261125231024
-- parent: 20261125231022
-- message: add case expiry
-- created: 2026-11-25T23:10:24.006Z
-- direction: up

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cases
ALTER TABLE public.cases ADD COLUMN expires_at timestamp with time zone;
