-- the parent goes: its children keep their columns and CHECKs as their own
CREATE TABLE dog (id int NOT NULL, name text, bark text, CONSTRAINT animal_id_check CHECK (id > 0));
-- an inheritance child becomes a partition
CREATE TABLE cat (id int NOT NULL, name text, lives int DEFAULT 9, CONSTRAINT animal_id_check CHECK (id > 0));
CREATE TABLE events (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_old (id int NOT NULL, at date NOT NULL);
CREATE TABLE events_log (id int NOT NULL, at date NOT NULL);
ALTER TABLE events ATTACH PARTITION events_log FOR VALUES FROM (MINVALUE) TO ('2020-01-01');
