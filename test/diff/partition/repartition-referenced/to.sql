CREATE TABLE acct (region text NOT NULL, id integer NOT NULL, PRIMARY KEY (region, id)) PARTITION BY RANGE (region);
CREATE TABLE acct_eu PARTITION OF acct FOR VALUES FROM ('eu') TO ('ev');
CREATE TABLE pay (region text NOT NULL, id integer NOT NULL) PARTITION BY RANGE (region);
CREATE TABLE pay_eu PARTITION OF pay (PRIMARY KEY (region, id)) FOR VALUES FROM ('eu') TO ('ev');
CREATE TABLE ledger (region text, acct integer, pay integer,
  FOREIGN KEY (region, acct) REFERENCES acct (region, id),
  FOREIGN KEY (region, pay) REFERENCES pay_eu (region, id));
