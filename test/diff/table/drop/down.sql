SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates table public.members, dropped by the up migration: its rows are not restored
CREATE TABLE public.members (
  guild_id bigint NOT NULL,
  user_id bigint NOT NULL,
  nick character varying(32),
  CONSTRAINT members_pkey PRIMARY KEY (guild_id, user_id)
);

-- lock: SHARE ROW EXCLUSIVE on public.members, SHARE ROW EXCLUSIVE on public.guilds; scans the table; validates existing rows
ALTER TABLE public.members ADD CONSTRAINT members_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES public.guilds (id) ON DELETE CASCADE;
