-- New tables: a parent with a NOT VALID CHECK and children that INHERITS it, one written before the CHECK (its copy NOT VALID) and one after (valid). The parent's ADD CONSTRAINT reaches the children created before it, so no child adds the CHECK itself; the later one's copy is validated.
CREATE TABLE other (id integer);
