-- pgshift revision: 20261125213633
-- parent: 20261125213631
-- message: starboard and permission ranks
-- created: 2026-11-25T21:36:33.217Z
-- direction: down

-- hazard deletes-data: drops table public.permission_assignments and all its rows
DROP TABLE public.permission_assignments;

-- hazard deletes-data: drops table public.permission_ranks and all its rows
DROP TABLE public.permission_ranks;

-- hazard deletes-data: drops table public.starboard_messages and all its rows
DROP TABLE public.starboard_messages;

-- hazard deletes-data: drops table public.starboard and all its rows
DROP TABLE public.starboard;

-- hazard deletes-data: drops column guild_config.starboard_enabled and its values
ALTER TABLE public.guild_config DROP COLUMN starboard_enabled;
