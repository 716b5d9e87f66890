-- the same name, other columns
CREATE TABLE orders (id int NOT NULL, tenant int NOT NULL, n int, CONSTRAINT orders_pkey PRIMARY KEY (tenant, id));
-- a named primary key with other columns, and an INCLUDE
CREATE TABLE lines (order_id int, tenant int, n int, CONSTRAINT pk_lines PRIMARY KEY (tenant, order_id) INCLUDE (n));
-- a named unique constraint becomes the primary key under a non-default name
CREATE TABLE items (id int, code text, CONSTRAINT items_code PRIMARY KEY (code));
-- a primary key a foreign key depends on changes its name
CREATE TABLE refd (id int CONSTRAINT refd_pk PRIMARY KEY, k int);
CREATE TABLE refr (refd_id int REFERENCES refd);
