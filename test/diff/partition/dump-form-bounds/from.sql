-- pg_dump prints partition bounds as the key type prints them ('2024-01-01' on a timestamp key is '2024-01-01 00:00:00', a timestamptz instant in the server's zone): equal to the schema as written, so no change (before, the partitions were detached and attached again).
CREATE TABLE ev_ts (id bigint NOT NULL, at timestamp NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ev_ts_2024_01 PARTITION OF ev_ts FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE ev_tz (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ev_tz_2024_01 PARTITION OF ev_tz FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01T00:00:00Z');
CREATE TABLE ev_d (id bigint NOT NULL, day date NOT NULL, k integer NOT NULL) PARTITION BY RANGE (day, k);
CREATE TABLE ev_d_2024 PARTITION OF ev_d FOR VALUES FROM ('2024-01-01', 0) TO ('2025-01-01', 100);
CREATE TABLE ev_l (id bigint NOT NULL, day date NOT NULL) PARTITION BY LIST (day);
CREATE TABLE ev_l_a PARTITION OF ev_l FOR VALUES IN ('2024-01-01', '2024-01-02');
