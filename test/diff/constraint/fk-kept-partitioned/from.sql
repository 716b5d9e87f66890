CREATE TABLE regions (region text, id integer, CONSTRAINT regions_pkey PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE regions_eu PARTITION OF regions FOR VALUES IN ('eu');
CREATE TABLE events (region text, region_id integer, FOREIGN KEY (region, region_id) REFERENCES regions (region, id));
