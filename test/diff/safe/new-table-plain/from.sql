CREATE TABLE owners (id bigint PRIMARY KEY);
