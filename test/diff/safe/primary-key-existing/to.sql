CREATE TABLE owners (id bigint PRIMARY KEY);
CREATE TABLE legacy (id bigint PRIMARY KEY, code text UNIQUE, owner_id bigint REFERENCES owners);
CREATE INDEX legacy_owner_idx ON legacy (owner_id);
