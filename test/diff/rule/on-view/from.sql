-- rules making a view writable: INSERT with RETURNING, UPDATE, and a DELETE that hides the row instead
CREATE TABLE items (id int PRIMARY KEY, name text, hidden boolean DEFAULT false);
CREATE VIEW visible AS SELECT id, name FROM items WHERE NOT hidden;
