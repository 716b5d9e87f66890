CREATE TABLE events (id bigint PRIMARY KEY, token uuid NOT NULL DEFAULT gen_random_uuid(), seen_at timestamptz DEFAULT clock_timestamp());
