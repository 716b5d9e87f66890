
CREATE TABLE public.p (
    id integer NOT NULL,
    k integer
)
PARTITION BY RANGE (id);

CREATE TABLE public.p1 (
    id integer NOT NULL,
    k integer
);

CREATE TABLE public.t (
    id integer NOT NULL,
    c integer,
    d integer,
    r int4range
);

ALTER TABLE ONLY public.p ATTACH PARTITION public.p1 FOR VALUES FROM (0) TO (10);

ALTER TABLE ONLY public.p
    ADD CONSTRAINT p_k_id_key UNIQUE (k, id) WITH (fillfactor='40');

ALTER TABLE ONLY public.p1
    ADD CONSTRAINT p1_k_id_key UNIQUE (k, id) WITH (fillfactor='40');

ALTER TABLE ONLY public.p
    ADD CONSTRAINT p_pkey PRIMARY KEY (id) WITH (fillfactor='60');

ALTER TABLE ONLY public.p1
    ADD CONSTRAINT p1_pkey PRIMARY KEY (id) WITH (fillfactor='60');

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_c_key UNIQUE (c) WITH (fillfactor='10', deduplicate_items=off);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_d_key UNIQUE (d) INCLUDE (c) WITH (fillfactor='20') DEFERRABLE;

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor='70', deduplicate_items=off);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_r_excl EXCLUDE USING gist (r WITH &&) WITH (fillfactor='30', buffering='on') WHERE ((c > 0));

ALTER INDEX public.p_k_id_key ATTACH PARTITION public.p1_k_id_key;

ALTER INDEX public.p_pkey ATTACH PARTITION public.p1_pkey;


