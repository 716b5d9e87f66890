CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE measurements (
  id bigint NOT NULL,
  logdate date NOT NULL,
  customer_id bigint REFERENCES customers,
  peak integer CHECK (peak >= 0),
  note text DEFAULT 'none',
  PRIMARY KEY (id, logdate)
) PARTITION BY RANGE (logdate);
CREATE INDEX ON measurements (customer_id);
CREATE INDEX measurements_lower_note ON measurements (lower(note));
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_old PARTITION OF measurements DEFAULT;
CREATE TABLE events (kind text NOT NULL, region text NOT NULL, at timestamptz) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click', 'tap');
CREATE TABLE events_view PARTITION OF events FOR VALUES IN ('view') PARTITION BY LIST (region);
CREATE TABLE events_view_eu PARTITION OF events_view FOR VALUES IN ('eu');
CREATE TABLE events_view_other PARTITION OF events_view DEFAULT;
CREATE TABLE buckets (id int, payload text) PARTITION BY HASH (id);
CREATE TABLE buckets_0 PARTITION OF buckets FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE buckets_1 PARTITION OF buckets FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE readings (sensor int, at timestamp, v numeric) PARTITION BY RANGE (sensor, (date_trunc('day', at)));
CREATE TABLE readings_low PARTITION OF readings FOR VALUES FROM (MINVALUE, MINVALUE) TO (100, MAXVALUE);
