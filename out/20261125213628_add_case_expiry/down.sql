-- pgshift revision: 20261125213628
-- parent: 20261125213625
-- message: add case expiry
-- created: 2026-11-25T21:36:28.105Z
-- direction: down

-- hazard deletes-data: drops column cases.expires_at and its values
ALTER TABLE public.cases DROP COLUMN expires_at;
