CREATE TABLE orders (id int NOT NULL, tenant int NOT NULL, n int, CONSTRAINT orders_pkey PRIMARY KEY (id));
CREATE TABLE lines (order_id int, tenant int, n int, CONSTRAINT pk_lines PRIMARY KEY (order_id, n));
CREATE TABLE items (id int, code text, CONSTRAINT items_code UNIQUE (code));
CREATE TABLE refd (id int PRIMARY KEY, k int);
CREATE TABLE refr (refd_id int REFERENCES refd);
