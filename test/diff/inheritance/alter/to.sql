CREATE TABLE base (id int NOT NULL, created date, updated date);
ALTER TABLE base ADD CONSTRAINT base_id_check CHECK (id > 0);
CREATE TABLE audit_mixin (changed_by text);
CREATE TABLE child_a (extra text) INHERITS (base);
CREATE TABLE child_b (id int NOT NULL, created date, changed_by text);
ALTER TABLE child_b INHERIT audit_mixin;
