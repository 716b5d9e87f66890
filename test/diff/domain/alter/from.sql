CREATE DOMAIN user_rating AS integer
  CHECK (VALUE >= 1 AND VALUE <= 5);
CREATE DOMAIN label AS text NOT NULL DEFAULT 'x' CONSTRAINT label_short CHECK (length(VALUE) < 10);
CREATE TABLE reviews (id int PRIMARY KEY, rating user_rating, tag label);
