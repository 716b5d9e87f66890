-- rules making a view writable: INSERT with RETURNING, UPDATE, and a DELETE that hides the row instead
CREATE TABLE items (id int PRIMARY KEY, name text, hidden boolean DEFAULT false);
CREATE VIEW visible AS SELECT id, name FROM items WHERE NOT hidden;
CREATE RULE visible_ins AS ON INSERT TO visible DO INSTEAD INSERT INTO items (id, name) VALUES (new.id, new.name) RETURNING id, name;
CREATE RULE visible_upd AS ON UPDATE TO visible DO INSTEAD UPDATE items SET name = new.name WHERE id = old.id;
CREATE RULE visible_del AS ON DELETE TO visible DO INSTEAD UPDATE items SET hidden = true WHERE id = old.id;
