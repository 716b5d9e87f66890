-- pgshift revision: 20261125213625
-- parent: none
-- message: initial schema
-- created: 2026-11-25T21:36:25.689Z
-- direction: down

-- hazard deletes-data: drops table public.afk and all its rows
DROP TABLE public.afk;

-- hazard deletes-data: drops table public.cases and all its rows
DROP TABLE public.cases;

-- hazard deletes-data: drops table public.guild_config and all its rows
DROP TABLE public.guild_config;

-- hazard deletes-data: drops table public.levels and all its rows
DROP TABLE public.levels;

-- hazard deletes-data: drops table public.reminders and all its rows
DROP TABLE public.reminders;

-- hazard deletes-data: drops table public.snippets and all its rows
DROP TABLE public.snippets;

-- hazard deletes-data: drops table public.guilds and all its rows
DROP TABLE public.guilds;

DROP TYPE public.case_type;
