CREATE TABLE acct (region text NOT NULL, id integer NOT NULL) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us');
ALTER TABLE ONLY acct ADD CONSTRAINT acct_pkey PRIMARY KEY (region, id);
ALTER TABLE acct_eu ADD CONSTRAINT acct_eu_pkey PRIMARY KEY (region, id);
ALTER INDEX acct_pkey ATTACH PARTITION acct_eu_pkey;
CREATE UNIQUE INDEX acct_us_pkey ON acct_us (region, id);
ALTER TABLE acct_us ADD CONSTRAINT acct_us_pkey PRIMARY KEY USING INDEX acct_us_pkey;
ALTER INDEX acct_pkey ATTACH PARTITION acct_us_pkey;
