CREATE TABLE animal (id int NOT NULL, name text, CHECK (id > 0));
CREATE TABLE dog (bark text) INHERITS (animal);
CREATE TABLE cat (lives int DEFAULT 9) INHERITS (animal);
CREATE TABLE events (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_old (id int NOT NULL, at date NOT NULL);
CREATE TABLE events_log () INHERITS (events_old);
