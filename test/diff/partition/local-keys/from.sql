CREATE TABLE acct (id int NOT NULL, region text NOT NULL, email text, n int) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us');
-- not attached (yet)
CREATE TABLE acct_asia (id int NOT NULL, region text NOT NULL, email text, n int, CONSTRAINT acct_asia_pk PRIMARY KEY (id, region));
-- local keys on one partition
ALTER TABLE acct_eu ADD CONSTRAINT acct_eu_pkey PRIMARY KEY (id);
ALTER TABLE acct_eu ADD CONSTRAINT acct_eu_email_key UNIQUE (email);
