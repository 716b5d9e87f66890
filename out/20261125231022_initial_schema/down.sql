-- pgshift revision: 20261125231022
-- parent: none
-- message: initial schema
-- created: 2026-11-25T23:10:22.273Z
-- direction: down

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.afk
-- hazard deletes-data: drops table public.afk and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.afk;

-- lock: ACCESS EXCLUSIVE on public.cases
-- hazard deletes-data: drops table public.cases and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.cases;

-- lock: ACCESS EXCLUSIVE on public.guild_config
-- hazard deletes-data: drops table public.guild_config and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.guild_config;

-- lock: ACCESS EXCLUSIVE on public.levels
-- hazard deletes-data: drops table public.levels and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.levels;

-- lock: ACCESS EXCLUSIVE on public.reminders
-- hazard deletes-data: drops table public.reminders and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.reminders;

-- lock: ACCESS EXCLUSIVE on public.snippets
-- hazard deletes-data: drops table public.snippets and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.snippets;

-- lock: ACCESS EXCLUSIVE on public.guilds
-- hazard deletes-data: drops table public.guilds and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.guilds;

DROP TYPE public.case_type;
