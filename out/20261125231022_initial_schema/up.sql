-- pgshift revision: 20261125231022
-- parent: none
-- message: initial schema
-- created: 2026-11-25T23:10:22.273Z
-- direction: up

SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TYPE public.case_type AS ENUM ('ban', 'unban', 'hackban', 'tempban', 'kick', 'timeout', 'untimeout', 'warn');

CREATE SEQUENCE public.reminders_reminder_id_seq;

CREATE SEQUENCE public.snippets_snippet_id_seq;

CREATE TABLE public.afk (
  member_id bigint NOT NULL,
  guild_id bigint NOT NULL,
  nickname text NOT NULL,
  reason text NOT NULL,
  since timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT afk_pkey PRIMARY KEY (member_id, guild_id)
);

CREATE TABLE public.cases (
  case_id bigint GENERATED ALWAYS AS IDENTITY,
  guild_id bigint NOT NULL,
  case_number integer NOT NULL,
  case_type public.case_type NOT NULL,
  case_reason text DEFAULT 'No reason provided' NOT NULL,
  moderator_id bigint NOT NULL,
  target_id bigint NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT cases_pkey PRIMARY KEY (case_id),
  CONSTRAINT cases_guild_number_key UNIQUE (guild_id, case_number)
);

CREATE TABLE public.guild_config (
  guild_id bigint NOT NULL,
  prefix character varying(5) DEFAULT '$' NOT NULL,
  mod_log_id bigint,
  audit_log_id bigint,
  jail_role_id bigint,
  jail_channel_id bigint,
  CONSTRAINT guild_config_pkey PRIMARY KEY (guild_id)
);

CREATE TABLE public.guilds (
  guild_id bigint NOT NULL,
  joined_at timestamp with time zone DEFAULT now() NOT NULL,
  case_count integer DEFAULT 0 NOT NULL,
  CONSTRAINT guilds_case_count_check CHECK (case_count >= 0),
  CONSTRAINT guilds_pkey PRIMARY KEY (guild_id)
);

CREATE TABLE public.levels (
  member_id bigint NOT NULL,
  guild_id bigint NOT NULL,
  xp double precision DEFAULT 0 NOT NULL,
  level integer DEFAULT 0 NOT NULL,
  blacklisted boolean DEFAULT false NOT NULL,
  last_message timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT levels_xp_check CHECK (xp >= 0),
  CONSTRAINT levels_pkey PRIMARY KEY (member_id, guild_id)
);

CREATE TABLE public.reminders (
  reminder_id bigint DEFAULT nextval('public.reminders_reminder_id_seq'::regclass) NOT NULL,
  guild_id bigint NOT NULL,
  user_id bigint NOT NULL,
  channel_id bigint NOT NULL,
  content text NOT NULL,
  remind_at timestamp with time zone NOT NULL,
  sent boolean DEFAULT false NOT NULL,
  CONSTRAINT reminders_pkey PRIMARY KEY (reminder_id)
);

CREATE TABLE public.snippets (
  snippet_id bigint DEFAULT nextval('public.snippets_snippet_id_seq'::regclass) NOT NULL,
  guild_id bigint NOT NULL,
  snippet_name text NOT NULL,
  content text NOT NULL,
  author_id bigint NOT NULL,
  uses integer DEFAULT 0 NOT NULL,
  locked boolean DEFAULT false NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT snippets_snippet_name_check CHECK (length(snippet_name) BETWEEN 1 AND 64),
  CONSTRAINT snippets_pkey PRIMARY KEY (snippet_id)
);

ALTER SEQUENCE public.reminders_reminder_id_seq OWNED BY public.reminders.reminder_id;

ALTER SEQUENCE public.snippets_snippet_id_seq OWNED BY public.snippets.snippet_id;

-- lock: SHARE on public.cases; scans the table; index build
CREATE INDEX cases_target_idx ON public.cases (guild_id, target_id, created_at DESC);

-- lock: SHARE on public.levels; scans the table; index build
CREATE INDEX levels_leaderboard_idx ON public.levels (guild_id, xp DESC) WHERE NOT (blacklisted);

-- lock: SHARE on public.snippets; scans the table; index build
CREATE UNIQUE INDEX snippets_guild_name_key ON public.snippets (guild_id, (lower(snippet_name)));

-- lock: SHARE ROW EXCLUSIVE on public.afk, SHARE ROW EXCLUSIVE on public.guilds; scans the table; validates existing rows
ALTER TABLE public.afk ADD CONSTRAINT afk_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES public.guilds (guild_id) ON DELETE CASCADE;

-- lock: SHARE ROW EXCLUSIVE on public.cases, SHARE ROW EXCLUSIVE on public.guilds; scans the table; validates existing rows
ALTER TABLE public.cases ADD CONSTRAINT cases_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES public.guilds (guild_id) ON DELETE CASCADE;

-- lock: SHARE ROW EXCLUSIVE on public.guild_config, SHARE ROW EXCLUSIVE on public.guilds; scans the table; validates existing rows
ALTER TABLE public.guild_config ADD CONSTRAINT guild_config_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES public.guilds (guild_id) ON DELETE CASCADE;

-- lock: SHARE ROW EXCLUSIVE on public.levels, SHARE ROW EXCLUSIVE on public.guilds; scans the table; validates existing rows
ALTER TABLE public.levels ADD CONSTRAINT levels_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES public.guilds (guild_id) ON DELETE CASCADE;

-- lock: SHARE ROW EXCLUSIVE on public.reminders, SHARE ROW EXCLUSIVE on public.guilds; scans the table; validates existing rows
ALTER TABLE public.reminders ADD CONSTRAINT reminders_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES public.guilds (guild_id) ON DELETE CASCADE;

-- lock: SHARE ROW EXCLUSIVE on public.snippets, SHARE ROW EXCLUSIVE on public.guilds; scans the table; validates existing rows
ALTER TABLE public.snippets ADD CONSTRAINT snippets_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES public.guilds (guild_id) ON DELETE CASCADE;

COMMENT ON COLUMN public.guild_config.prefix IS 'command prefix, at most 5 characters';

COMMENT ON TABLE public.guilds IS 'Discord servers the bot is a member of';
