CREATE TABLE docs (id int PRIMARY KEY, owner text, public boolean);
CREATE VIEW public_docs AS SELECT id, owner, public FROM docs WHERE public;
CREATE VIEW mine WITH (security_barrier) AS SELECT id FROM docs WHERE owner = current_user;
