-- A plain unique partitioned index with a partition's primary key attached to it, and a foreign key referencing that key: the down's DROP INDEX cannot take the key without CASCADE, nor can the key be dropped while attached, so the foreign key goes first, DROP INDEX … CASCADE takes the key, and key and foreign key are added again.
CREATE TABLE acct (region text NOT NULL, id integer NOT NULL) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct (PRIMARY KEY (region, id)) FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us');
CREATE TABLE ledger (region text, acct integer, FOREIGN KEY (region, acct) REFERENCES acct_eu (region, id));
