-- hazard deletes-data: drops table public.members and all its rows
DROP TABLE public.members;

-- hazard deletes-data: drops table public.guilds and all its rows
DROP TABLE public.guilds;
