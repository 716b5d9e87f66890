CREATE TABLE public.ev_d (
    id bigint NOT NULL,
    day date NOT NULL,
    k integer NOT NULL
)
PARTITION BY RANGE (day, k);

CREATE TABLE public.ev_d_2024 (
    id bigint NOT NULL,
    day date NOT NULL,
    k integer NOT NULL
);

CREATE TABLE public.ev_l (
    id bigint NOT NULL,
    day date NOT NULL
)
PARTITION BY LIST (day);

CREATE TABLE public.ev_l_a (
    id bigint NOT NULL,
    day date NOT NULL
);

CREATE TABLE public.ev_ts (
    id bigint NOT NULL,
    at timestamp without time zone NOT NULL
)
PARTITION BY RANGE (at);

CREATE TABLE public.ev_ts_2024_01 (
    id bigint NOT NULL,
    at timestamp without time zone NOT NULL
);

CREATE TABLE public.ev_tz (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL
)
PARTITION BY RANGE (at);

CREATE TABLE public.ev_tz_2024_01 (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.ev_d ATTACH PARTITION public.ev_d_2024 FOR VALUES FROM ('2024-01-01', 0) TO ('2025-01-01', 100);

ALTER TABLE ONLY public.ev_l ATTACH PARTITION public.ev_l_a FOR VALUES IN ('2024-01-01', '2024-01-02');

ALTER TABLE ONLY public.ev_ts ATTACH PARTITION public.ev_ts_2024_01 FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2024-02-01 00:00:00');

ALTER TABLE ONLY public.ev_tz ATTACH PARTITION public.ev_tz_2024_01 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');

