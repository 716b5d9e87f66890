-- A partitioned table's primary key added ON ONLY, one partition's key attached and another partition with only an equal unique index: the up makes that index the partition's key (USING INDEX) and attaches it to the parent's; the down cannot detach a key, so it drops the parent's key (taking the attached ones) and adds it again ON ONLY with the keys the target attaches.
CREATE TABLE acct (region text NOT NULL, id integer NOT NULL) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us');
ALTER TABLE ONLY acct ADD CONSTRAINT acct_pkey PRIMARY KEY (region, id);
ALTER TABLE acct_eu ADD CONSTRAINT acct_eu_pkey PRIMARY KEY (region, id);
ALTER INDEX acct_pkey ATTACH PARTITION acct_eu_pkey;
CREATE UNIQUE INDEX acct_us_pkey ON acct_us (region, id);
