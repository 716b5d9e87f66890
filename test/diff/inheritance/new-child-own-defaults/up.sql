SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.base
CREATE TABLE public.base_child ()
INHERITS (public.base);

CREATE TABLE public.fresh (
  id integer,
  size integer DEFAULT 10
);

-- lock: SHARE UPDATE EXCLUSIVE on public.base, SHARE UPDATE EXCLUSIVE on public.fresh
CREATE TABLE public.both_parents ()
INHERITS (public.base, public.fresh);

-- lock: SHARE UPDATE EXCLUSIVE on public.fresh
CREATE TABLE public.fresh_child ()
INHERITS (public.fresh);

-- lock: SHARE UPDATE EXCLUSIVE on public.fresh_child
CREATE TABLE public.fresh_grandchild ()
INHERITS (public.fresh_child);

-- lock: SHARE UPDATE EXCLUSIVE on public.fresh_child
CREATE TABLE public.fresh_other ()
INHERITS (public.fresh_child);

-- lock: SHARE UPDATE EXCLUSIVE on public.moving
CREATE TABLE public.moving_new ()
INHERITS (public.moving);

-- lock: SHARE UPDATE EXCLUSIVE on public.moving
CREATE TABLE public.moving_old ()
INHERITS (public.moving);

-- lock: ACCESS EXCLUSIVE on public.base
ALTER TABLE public.base ADD COLUMN added integer DEFAULT 7;

-- lock: ACCESS EXCLUSIVE on public.moving
ALTER TABLE ONLY public.moving ALTER COLUMN level SET DEFAULT 2;

-- lock: ACCESS EXCLUSIVE on public.base_child
ALTER TABLE ONLY public.base_child ALTER COLUMN qty SET DEFAULT 5;

-- lock: ACCESS EXCLUSIVE on public.base_child
ALTER TABLE ONLY public.base_child ALTER COLUMN note DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.base_child; scans the table; checks every row for NULL
ALTER TABLE public.base_child ALTER COLUMN flag SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.base_child
ALTER TABLE ONLY public.base_child ALTER COLUMN added SET DEFAULT 8;

-- lock: ACCESS EXCLUSIVE on public.both_parents
ALTER TABLE ONLY public.both_parents ALTER COLUMN size SET DEFAULT 40;

-- lock: ACCESS EXCLUSIVE on public.fresh_child
ALTER TABLE ONLY public.fresh_child ALTER COLUMN size SET DEFAULT 20;

-- lock: ACCESS EXCLUSIVE on public.fresh_other
ALTER TABLE ONLY public.fresh_other ALTER COLUMN size SET DEFAULT 30;

-- lock: ACCESS EXCLUSIVE on public.moving_new
ALTER TABLE ONLY public.moving_new ALTER COLUMN level SET DEFAULT 2;
