SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.deferrable_both (
  id integer NOT NULL,
  CONSTRAINT deferrable_both_pkey PRIMARY KEY (id) DEFERRABLE
);

CREATE TABLE public.different (
  id integer NOT NULL,
  v integer,
  CONSTRAINT different_pkey PRIMARY KEY (id),
  CONSTRAINT different_id_key UNIQUE (id) DEFERRABLE,
  CONSTRAINT different_id_key1 UNIQUE NULLS NOT DISTINCT (id),
  CONSTRAINT different_id_v_key UNIQUE (id, v),
  CONSTRAINT different_v_id_key UNIQUE (v, id),
  CONSTRAINT different_id_v_key1 UNIQUE (id) INCLUDE (v)
);

CREATE TABLE public.excl (
  r int4range,
  t text,
  CONSTRAINT excl_again EXCLUDE USING gist (r WITH &&),
  CONSTRAINT excl_r_excl EXCLUDE USING gist (r WITH &&) WHERE (t IS NOT NULL),
  CONSTRAINT excl_t_excl EXCLUDE USING btree (t WITH =),
  CONSTRAINT excl_t_excl1 EXCLUDE USING btree (t COLLATE "C" WITH =),
  CONSTRAINT excl_t_excl2 EXCLUDE USING btree (t text_pattern_ops WITH =),
  CONSTRAINT excl_t_key UNIQUE (t)
);

CREATE TABLE public.named_pk (
  id integer NOT NULL,
  CONSTRAINT named_pk_pk PRIMARY KEY (id)
);

CREATE TABLE public.named_unique (
  id integer NOT NULL,
  CONSTRAINT named_unique_id PRIMARY KEY (id)
);

CREATE TABLE public.pk_table_level (
  id integer NOT NULL,
  v integer,
  CONSTRAINT pk_table_level_pkey PRIMARY KEY (id)
);

CREATE TABLE public.pk_unique (
  id integer NOT NULL,
  v integer,
  CONSTRAINT pk_unique_pkey PRIMARY KEY (id)
);

CREATE TABLE public.storage_ignored (
  id integer NOT NULL,
  CONSTRAINT storage_ignored_pkey PRIMARY KEY (id)
);

CREATE TABLE public.two_unique (
  id integer,
  v integer,
  CONSTRAINT two_unique_id_key UNIQUE (id),
  CONSTRAINT two_unique_v_1 UNIQUE (v)
);

CREATE TABLE public.unnamed_first (
  id integer,
  CONSTRAINT unnamed_first_u UNIQUE (id)
);
