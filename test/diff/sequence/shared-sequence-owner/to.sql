CREATE SEQUENCE shared_s;
CREATE TABLE a (id int DEFAULT nextval('shared_s'));
CREATE TABLE b (id int DEFAULT nextval('shared_s'));
ALTER SEQUENCE shared_s OWNED BY b.id;
