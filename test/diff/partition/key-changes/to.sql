-- the primary key's columns change (its name stays); the partitions' keys have names of their own
CREATE TABLE acct (id int NOT NULL, region text NOT NULL, email text, n int, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE acct_eu (id int NOT NULL, region text NOT NULL, email text, n int,
  CONSTRAINT acct_eu_pk PRIMARY KEY (region, id),
  -- the parent's UNIQUE is dropped: this partition keeps one of its own
  CONSTRAINT acct_eu_email_region_key UNIQUE (email, region));
ALTER TABLE acct ATTACH PARTITION acct_eu FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us') PARTITION BY HASH (region);
CREATE TABLE acct_us_0 PARTITION OF acct_us FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE acct_us_1 PARTITION OF acct_us FOR VALUES WITH (MODULUS 2, REMAINDER 1);
-- a partition's copy of a parent index renamed, the parent index unchanged
CREATE INDEX acct_n ON ONLY acct (n);
CREATE INDEX acct_eu_by_n ON acct_eu (n);
ALTER INDEX acct_n ATTACH PARTITION acct_eu_by_n;
CREATE INDEX acct_us_n_idx ON ONLY acct_us (n);
ALTER INDEX acct_n ATTACH PARTITION acct_us_n_idx;
CREATE INDEX acct_us_0_n ON acct_us_0 (n);
ALTER INDEX acct_us_n_idx ATTACH PARTITION acct_us_0_n;
CREATE INDEX acct_us_1_n_idx ON acct_us_1 (n);
ALTER INDEX acct_us_n_idx ATTACH PARTITION acct_us_1_n_idx;
-- a partition's copy of the parent's primary key renamed (pg_dump form)
CREATE TABLE ledger (id int NOT NULL, at date NOT NULL, amount int) PARTITION BY RANGE (at);
CREATE TABLE ledger_2024 (id int NOT NULL, at date NOT NULL, amount int);
ALTER TABLE ONLY ledger ATTACH PARTITION ledger_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY ledger ADD CONSTRAINT ledger_pk PRIMARY KEY (id, at);
ALTER TABLE ONLY ledger_2024 ADD CONSTRAINT ledger_2024_key PRIMARY KEY (id, at);
ALTER INDEX ledger_pk ATTACH PARTITION ledger_2024_key;
