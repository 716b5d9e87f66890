CREATE TABLE docs (id int PRIMARY KEY, owner text, public boolean);
CREATE VIEW public_docs WITH (security_barrier = true) AS SELECT id, owner, public FROM docs WHERE public WITH CASCADED CHECK OPTION;
CREATE VIEW mine AS SELECT id FROM docs WHERE owner = current_user;
