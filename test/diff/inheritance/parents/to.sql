CREATE TABLE stamped (created timestamptz DEFAULT now() NOT NULL, note text);
CREATE TABLE owned (owner_id int NOT NULL, note text);
-- one parent removed: its columns stay as the child's own
CREATE TABLE doc (id int PRIMARY KEY, body text, owner_id int NOT NULL, CONSTRAINT owned_owner_check CHECK (owner_id > 0)) INHERITS (stamped);
-- the local column is declared again by the child, and it gets a second parent
CREATE TABLE pic (id int, note text NOT NULL, owner_id int NOT NULL, CONSTRAINT pic_note_check CHECK (note <> '')) INHERITS (stamped, owned);
-- a parent added to a table that has its columns (and the parent's CHECK)
CREATE TABLE clip (id int, created timestamptz DEFAULT now() NOT NULL, note text, owner_id int NOT NULL, len int, CONSTRAINT owned_owner_check CHECK (owner_id > 0));
ALTER TABLE clip INHERIT owned;
ALTER TABLE clip INHERIT stamped;
-- a NO INHERIT check on the parent; a new inheriting table
ALTER TABLE stamped ADD CONSTRAINT stamped_created_check CHECK (created > '2000-01-01') NO INHERIT;
ALTER TABLE owned ADD CONSTRAINT owned_owner_check CHECK (owner_id > 0);
CREATE TABLE vid (secs int CHECK (secs > 0) NO INHERIT) INHERITS (owned);
