-- pgshift revision: 20261125213628
-- parent: 20261125213625
-- message: add case expiry
-- created: 2026-11-25T21:36:28.105Z
-- direction: up

ALTER TABLE public.cases ADD COLUMN expires_at timestamp with time zone;
