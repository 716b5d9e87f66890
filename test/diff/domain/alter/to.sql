CREATE DOMAIN user_rating AS integer
  DEFAULT 3
  CHECK (VALUE >= 1 AND VALUE <= 10);
CREATE DOMAIN label AS text CONSTRAINT label_nonempty CHECK (VALUE <> '');
ALTER DOMAIN label ADD CONSTRAINT label_lower CHECK (VALUE = lower(VALUE)) NOT VALID;
CREATE TABLE reviews (id int PRIMARY KEY, rating user_rating, tag label);
COMMENT ON TYPE label IS 'a short label';
