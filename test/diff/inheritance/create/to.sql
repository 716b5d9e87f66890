CREATE TABLE cities (name text PRIMARY KEY, population int CHECK (population >= 0), elevation int DEFAULT 0);
CREATE TABLE capitals (state char(2) NOT NULL, population int NOT NULL) INHERITS (cities);
CREATE TABLE tagged (tag text);
CREATE TABLE tagged_capitals (note text) INHERITS (capitals, tagged);
