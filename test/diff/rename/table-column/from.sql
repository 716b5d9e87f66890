CREATE TABLE customers (
  id int PRIMARY KEY,
  fullname text NOT NULL,
  mail text,
  CONSTRAINT customers_mail_check CHECK (mail LIKE '%@%')
);
CREATE INDEX customers_mail_idx ON customers (mail);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers);
