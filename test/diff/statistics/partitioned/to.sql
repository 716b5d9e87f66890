CREATE TABLE measurements (city int NOT NULL, logdate date NOT NULL, peak int) PARTITION BY RANGE (logdate);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE measurements_2027 PARTITION OF measurements FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
-- In a schema file, a target set without ONLY reaches every partition the schema declares.
ALTER TABLE measurements ALTER COLUMN peak SET STATISTICS 300;
-- only the parent, and one partition back to the default
ALTER TABLE ONLY measurements ALTER COLUMN city SET STATISTICS 700;
ALTER TABLE measurements_2026 ALTER COLUMN peak SET STATISTICS -1;
