CREATE TABLE nodes (tree integer, id integer, parent integer, PRIMARY KEY (tree, id), FOREIGN KEY (parent, tree) REFERENCES nodes (id, tree));
CREATE TABLE tags (tree integer, node integer, FOREIGN KEY (node, tree) REFERENCES nodes (id, tree));
CREATE TABLE other (tree integer, id integer, CONSTRAINT other_key UNIQUE (tree, id));
CREATE TABLE other_ref (tree integer, id integer, FOREIGN KEY (tree, id) REFERENCES other (tree, id));
