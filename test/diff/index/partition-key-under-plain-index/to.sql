CREATE TABLE acct (region text NOT NULL, id integer NOT NULL) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct (PRIMARY KEY (region, id)) FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us');
CREATE TABLE ledger (region text, acct integer, FOREIGN KEY (region, acct) REFERENCES acct_eu (region, id));
CREATE UNIQUE INDEX acct_region_id ON ONLY acct (region, id);
ALTER INDEX acct_region_id ATTACH PARTITION acct_eu_pkey;
CREATE UNIQUE INDEX acct_us_region_id ON acct_us (region, id);
ALTER INDEX acct_region_id ATTACH PARTITION acct_us_region_id;
