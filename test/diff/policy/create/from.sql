CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, body text, published boolean DEFAULT false);
