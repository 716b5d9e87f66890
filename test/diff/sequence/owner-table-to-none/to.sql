CREATE SEQUENCE s;
CREATE TABLE a (id int DEFAULT nextval('s'));
