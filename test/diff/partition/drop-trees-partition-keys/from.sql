-- Two partitioned tables dropped together whose partitions hold foreign keys to each other's partitions (a partition of a partition among them), and a parent's key to a partition: DROP TABLE of either is refused while the other's keys reference its partitions, so those keys are dropped first.
CREATE TABLE acct (region text NOT NULL, id integer NOT NULL, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct FOR VALUES IN ('eu') PARTITION BY LIST (region);
CREATE TABLE acct_eu_1 PARTITION OF acct_eu FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us');
CREATE TABLE pay (region text NOT NULL, id integer NOT NULL, acct integer, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE pay_eu PARTITION OF pay FOR VALUES IN ('eu');
CREATE TABLE pay_us PARTITION OF pay FOR VALUES IN ('us');
ALTER TABLE pay_eu ADD CONSTRAINT pay_eu_acct_fk FOREIGN KEY (region, acct) REFERENCES acct_eu_1 (region, id);
ALTER TABLE acct_us ADD CONSTRAINT acct_us_pay_fk FOREIGN KEY (region, id) REFERENCES pay_us (region, id);
ALTER TABLE pay ADD CONSTRAINT pay_acct_us_fk FOREIGN KEY (region, acct) REFERENCES acct_us (region, id);
CREATE TABLE kept (id integer PRIMARY KEY);
