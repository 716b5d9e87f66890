CREATE TABLE legacy (id bigint NOT NULL, code text, owner_id bigint);
CREATE TABLE owners (id bigint PRIMARY KEY);
CREATE INDEX legacy_code_idx ON legacy (code);
