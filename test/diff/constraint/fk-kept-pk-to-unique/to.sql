-- a two-column primary key becomes a UNIQUE constraint: the foreign keys naming its columns in another
-- order (a self-reference too) depend on its index and are dropped and added again around it; a key of
-- another table that stays keeps its foreign key
CREATE TABLE nodes (tree integer NOT NULL, id integer NOT NULL, parent integer, UNIQUE (tree, id), FOREIGN KEY (parent, tree) REFERENCES nodes (id, tree));
CREATE TABLE tags (tree integer, node integer, FOREIGN KEY (node, tree) REFERENCES nodes (id, tree));
CREATE TABLE other (tree integer, id integer, CONSTRAINT other_key UNIQUE (tree, id));
CREATE TABLE other_ref (tree integer, id integer, FOREIGN KEY (tree, id) REFERENCES other (tree, id));
