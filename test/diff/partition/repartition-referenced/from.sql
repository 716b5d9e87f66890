-- Tables created again for a new PARTITION BY while other tables keep foreign keys to them, to the root and to a partition: DROP TABLE is refused while those keys stand, so they are dropped first and added again once the tables exist.
CREATE TABLE acct (region text NOT NULL, id integer NOT NULL, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct FOR VALUES IN ('eu');
CREATE TABLE pay (region text NOT NULL, id integer NOT NULL) PARTITION BY LIST (region);
CREATE TABLE pay_eu PARTITION OF pay (PRIMARY KEY (region, id)) FOR VALUES IN ('eu');
CREATE TABLE ledger (region text, acct integer, pay integer,
  FOREIGN KEY (region, acct) REFERENCES acct (region, id),
  FOREIGN KEY (region, pay) REFERENCES pay_eu (region, id));
