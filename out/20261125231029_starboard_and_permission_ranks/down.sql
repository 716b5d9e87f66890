-- pgshift revision: 20261125231029
-- parent: 20261125231027
-- message: starboard and permission ranks
-- created: 2026-11-25T23:10:29.392Z
-- direction: down

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.permission_assignments
-- hazard deletes-data: drops table public.permission_assignments and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.permission_assignments;

-- lock: ACCESS EXCLUSIVE on public.permission_ranks
-- hazard deletes-data: drops table public.permission_ranks and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.permission_ranks;

-- lock: ACCESS EXCLUSIVE on public.starboard_messages
-- hazard deletes-data: drops table public.starboard_messages and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.starboard_messages;

-- lock: ACCESS EXCLUSIVE on public.starboard
-- hazard deletes-data: drops table public.starboard and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.starboard;

-- lock: ACCESS EXCLUSIVE on public.guild_config
-- hazard deletes-data: drops column guild_config.starboard_enabled and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.guild_config DROP COLUMN starboard_enabled;
