CREATE TABLE bookings (
  id int PRIMARY KEY,
  room int NOT NULL,
  during tsrange NOT NULL,
  cancelled boolean NOT NULL DEFAULT false,
  EXCLUDE USING gist (during WITH &&)
);
