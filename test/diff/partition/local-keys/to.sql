CREATE TABLE acct (id int NOT NULL, region text NOT NULL, email text, n int, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us');
-- attached: its own primary key becomes the partition's copy of the parent's
CREATE TABLE acct_asia (id int NOT NULL, region text NOT NULL, email text, n int, CONSTRAINT acct_asia_pk PRIMARY KEY (id, region));
ALTER TABLE acct ATTACH PARTITION acct_asia FOR VALUES IN ('asia');
-- a local unique key on a partition; another partition's local key goes
ALTER TABLE acct_us ADD CONSTRAINT acct_us_email_key UNIQUE (email);
ALTER TABLE acct_us ADD CONSTRAINT acct_us_n_key UNIQUE (n) DEFERRABLE;
