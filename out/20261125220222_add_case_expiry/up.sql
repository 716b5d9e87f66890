-- pgshift revision: 20261125220222
-- parent: 20261125220219
-- message: add case expiry
-- created: 2026-11-25T22:02:22.013Z
-- direction: up

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cases
ALTER TABLE public.cases ADD COLUMN expires_at timestamp with time zone;
