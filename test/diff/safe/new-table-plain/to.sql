CREATE TABLE owners (id bigint PRIMARY KEY);
CREATE TABLE pets (id bigint PRIMARY KEY, owner_id bigint NOT NULL REFERENCES owners, name text NOT NULL UNIQUE, CHECK (length(name) > 0));
CREATE INDEX pets_owner_idx ON pets (owner_id);
