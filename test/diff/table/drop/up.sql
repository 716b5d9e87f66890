-- hazard deletes-data: drops table public.members and all its rows
DROP TABLE public.members;
