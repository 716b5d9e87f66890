-- pgshift:renamed-from customers
CREATE TABLE clients (
  id int PRIMARY KEY,
  -- pgshift:renamed-from fullname
  name text NOT NULL,
  -- pgshift:renamed-from mail
  email text,
  -- pgshift:renamed-from customers_mail_check
  CONSTRAINT clients_email_check CHECK (email LIKE '%@%')
);
-- pgshift:renamed-from customers_mail_idx
CREATE INDEX clients_email_idx ON clients (email);
CREATE TABLE orders (
  id int PRIMARY KEY,
  -- pgshift:renamed-from customer_id
  client_id int,
  CONSTRAINT orders_customer_id_fkey FOREIGN KEY (client_id) REFERENCES clients
);
