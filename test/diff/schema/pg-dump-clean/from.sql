CREATE SCHEMA shop;
CREATE TYPE shop.status AS ENUM ('new', 'paid');
CREATE TABLE shop.customers (id serial PRIMARY KEY, "Name" text NOT NULL UNIQUE);
CREATE TABLE shop.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer integer NOT NULL REFERENCES shop.customers, status shop.status DEFAULT 'new');
CREATE VIEW shop."OpenOrders" AS SELECT id, customer, status FROM shop.orders WHERE status = 'new';
