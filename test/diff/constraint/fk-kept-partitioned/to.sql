-- the referenced table is partitioned and its primary key becomes a UNIQUE constraint; the foreign key is
-- on a partitioned table (its partitions' foreign keys are clones): only the parent's key is dropped and
-- added again
CREATE TABLE regions (region text NOT NULL, id integer NOT NULL, CONSTRAINT regions_key UNIQUE (region, id)) PARTITION BY LIST (region);
CREATE TABLE regions_eu PARTITION OF regions FOR VALUES IN ('eu');
CREATE TABLE events (region text, region_id integer, at date, FOREIGN KEY (region, region_id) REFERENCES regions (region, id)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
