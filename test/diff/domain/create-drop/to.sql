CREATE SCHEMA app;
CREATE DOMAIN app.email AS varchar(254) COLLATE "C"
  DEFAULT 'nobody@example.com'
  NOT NULL
  CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%')
  CHECK (length(VALUE) > 3);
CREATE DOMAIN app.positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN app.small_positive AS app.positive_int CHECK (VALUE < 100);
CREATE TABLE app.users (
  id integer PRIMARY KEY,
  email app.email,
  tags app.email[],
  score app.small_positive
);
COMMENT ON DOMAIN app.email IS 'an e-mail address';
COMMENT ON CONSTRAINT email_has_at ON DOMAIN app.email IS 'must contain @';
