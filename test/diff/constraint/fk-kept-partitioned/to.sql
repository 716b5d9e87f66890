-- the referenced table is partitioned and its primary key becomes a UNIQUE constraint (the partitions'
-- keys go and come with the parent's): the foreign key referencing it is dropped first and added again
-- after (NOT VALID, then validated)
CREATE TABLE regions (region text NOT NULL, id integer NOT NULL, CONSTRAINT regions_key UNIQUE (region, id)) PARTITION BY LIST (region);
CREATE TABLE regions_eu PARTITION OF regions FOR VALUES IN ('eu');
CREATE TABLE events (region text, region_id integer, FOREIGN KEY (region, region_id) REFERENCES regions (region, id));
