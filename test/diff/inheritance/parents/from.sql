CREATE TABLE stamped (created timestamptz DEFAULT now() NOT NULL, note text);
CREATE TABLE owned (owner_id int NOT NULL, note text);
-- a child with two parents: "note" is merged from both
CREATE TABLE doc (id int PRIMARY KEY, body text) INHERITS (stamped, owned);
-- a child whose local column is also its parent's
CREATE TABLE pic (id int, note text NOT NULL, CONSTRAINT pic_note_check CHECK (note <> '')) INHERITS (stamped);
-- a plain table that will get a parent
CREATE TABLE clip (id int, created timestamptz DEFAULT now() NOT NULL, note text, owner_id int NOT NULL, len int);
ALTER TABLE stamped ADD CONSTRAINT stamped_created_check CHECK (created > '2000-01-01') NO INHERIT;
ALTER TABLE owned ADD CONSTRAINT owned_owner_check CHECK (owner_id > 0);
