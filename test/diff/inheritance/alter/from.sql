CREATE TABLE base (id int NOT NULL, created date);
CREATE TABLE audit_mixin (changed_by text);
CREATE TABLE child_a (extra text) INHERITS (base);
CREATE TABLE child_b (id int NOT NULL, created date, changed_by text);
