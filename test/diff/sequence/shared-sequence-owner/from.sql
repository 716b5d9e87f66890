CREATE SEQUENCE shared_s;
CREATE TABLE a (id int DEFAULT nextval('shared_s'));
